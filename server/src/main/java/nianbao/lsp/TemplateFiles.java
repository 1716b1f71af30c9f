package nianbao.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.text.StringSubstitutor;

/**
 * The text templates under {@code /nianbao/templates/}: files with {@code ${name}} placeholders, and
 * {@code texts.properties} for the skeleton's prose. Expansion is strict (an unknown placeholder is a bug in the
 * template, and throws) and not recursive (values may contain snippet syntax such as {@code ${1:机关名称}}, which
 * must reach the client as it is).
 */
final class TemplateFiles {
    private static final String DIR = "/nianbao/templates/";
    private static final Map<String, String> FILES = new ConcurrentHashMap<>();
    private static volatile Properties texts;

    private TemplateFiles() {
    }

    static String expand(String template, Map<String, String> values) {
        StringSubstitutor substitutor = new StringSubstitutor(values);
        substitutor.setEnableUndefinedVariableException(true);
        substitutor.setDisableSubstitutionInValues(true);
        return substitutor.replace(file(template));
    }

    static String file(String name) {
        return FILES.computeIfAbsent(name, TemplateFiles::read);
    }

    /** A prose text of the skeleton, from {@code texts.properties}. */
    static String text(String key) {
        Properties p = texts;
        if (p == null) {
            p = new Properties();
            try (Reader r = new InputStreamReader(open("texts.properties"), StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            texts = p;
        }
        String value = p.getProperty(key);
        if (value == null) throw new IllegalStateException("texts.properties has no " + key);
        return value;
    }

    private static String read(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = TemplateFiles.class.getResourceAsStream(DIR + name);
        if (in == null) throw new IllegalStateException("missing template " + DIR + name);
        return in;
    }
}

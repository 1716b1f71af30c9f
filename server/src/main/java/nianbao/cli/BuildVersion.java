package nianbao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of this build, from {@code nianbao/build.properties} (filled in by Maven from the project version),
 * for {@code --version} and SARIF's {@code driver.version}. "dev" only when run from classes that Maven did not
 * process (an IDE that copies resources unfiltered).
 */
final class BuildVersion {
    private static final String RESOURCE = "/nianbao/build.properties";

    private BuildVersion() {
    }

    static String read() {
        try (InputStream in = BuildVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return "dev";
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").trim();
            return v.isEmpty() || v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }
}

/**
 * Writing tables as text in a layout (tabs, cell per line, pipes): the official tables as templates, and any rows
 * (a converted document's). Shared by the language server's completion, {@code nianbao convert} and the tests.
 */
package nianbao.core.write;

package nianbao.cli;

import nianbao.core.CheckResult;

/** What lint found in one file (after fixing, when --fix was given) and how many edits it made. */
record FileResult(InputFile input, CheckResult result, int editsApplied) {
}

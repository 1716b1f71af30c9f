@echo off
rem nianbao launcher (built into server\target by `mvn package`): runs nianbao.jar with the class-data archive
rem nianbao.jsa recorded at build time. lint: C1 only; lsp: bounded heap, serial collector, C2 inlining only small
rem compiled methods (smaller compilations: the checker is compiled sooner after start). With another JDK
rem the archive is silently not used (-Xshare:auto); rebuild it with `mvn -B -q package -DskipTests`.
rem Extra JVM options: NIANBAO_JAVA_OPTS.
setlocal
set "HERE=%~dp0"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
set ARCHIVE=-XX:SharedArchiveFile="%HERE%nianbao.jsa" -Xshare:auto -Xlog:cds*=off
if /i "%~1"=="lsp" (
  set MODE=-XX:+UseSerialGC -Xmx512m -XX:+ExitOnOutOfMemoryError -XX:InlineSmallCode=1000
) else (
  set MODE=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC
)
rem lsp: a first heap of 128 MB (resident memory stays small), unless NIANBAO_JAVA_OPTS sizes the heap
rem (a substitution that changes the options finds -Xms, -Xmx, ...HeapSize or ...RAMPercentage in them).
set "SIZED="
set "OPTS=%NIANBAO_JAVA_OPTS%"
if defined OPTS if not "%OPTS:-Xm=%"=="%OPTS%" set "SIZED=1"
if defined OPTS if not "%OPTS:HeapSize=%"=="%OPTS%" set "SIZED=1"
if defined OPTS if not "%OPTS:RAMPercentage=%"=="%OPTS%" set "SIZED=1"
if /i "%~1"=="lsp" if not defined SIZED set "MODE=%MODE% -Xms128m"
"%JAVA%" %ARCHIVE% %MODE% %NIANBAO_JAVA_OPTS% -jar "%HERE%nianbao.jar" %*
exit /b %ERRORLEVEL%

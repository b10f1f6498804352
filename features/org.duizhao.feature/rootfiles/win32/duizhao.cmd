@echo off
rem duizhao: the command line of Duizhao Studio. duizhao --help lists the commands.
setlocal
set "HERE=%~dp0"
call "%HERE%find-java.cmd" java.exe || exit /b 2
chcp 65001 >nul
"%JAVA%" -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -XX:TieredStopAtLevel=1 %DUIZHAO_JAVA_OPTS% -cp "%HERE%duizhao.jar" org.duizhao.cli.Main %*

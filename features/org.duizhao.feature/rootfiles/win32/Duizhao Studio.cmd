@echo off
rem Duizhao Studio: starts the editor without a console window, the files given opened.
setlocal
set "HERE=%~dp0"
call "%HERE%find-java.cmd" javaw.exe || exit /b 1
for %%L in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fL"
if not exist "%USERPROFILE%\.duizhao-studio" mkdir "%USERPROFILE%\.duizhao-studio"
rem the product's JVM options, shared by every start script (studio.options: one line)
set "STUDIO_OPTS="
if exist "%HERE%studio.options" set /p STUDIO_OPTS=<"%HERE%studio.options"
start "" "%JAVA%" -Dfile.encoding=UTF-8 %STUDIO_OPTS% %DUIZHAO_STUDIO_OPTS% -jar "%LAUNCHER%" -data "%USERPROFILE%\.duizhao-studio\workspace" %*
exit /b 0

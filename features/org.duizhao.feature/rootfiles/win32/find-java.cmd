@echo off
rem Sets JAVA to Java 21 or newer (%1: java.exe or javaw.exe): the jre folder beside this file first, then
rem JAVA_HOME, then the PATH. Says what to install (nojava.txt, in Chinese) when there is none.
set "JAVA="
set "JDIR="
if exist "%~dp0jre\bin\%1" set "JDIR=%~dp0jre\bin"
if not defined JDIR if defined JAVA_HOME if exist "%JAVA_HOME%\bin\%1" set "JDIR=%JAVA_HOME%\bin"
if not defined JDIR for %%J in (java.exe) do if not "%%~dp$PATH:J"=="" set "JDIR=%%~dp$PATH:J"
if not defined JDIR goto none
set "SPEC="
for /f "tokens=2 delims==" %%V in ('"%JDIR%\java.exe" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version"') do set "SPEC=%%V"
if not defined SPEC goto none
set /a SPEC=%SPEC: =% 2>nul
if %SPEC% LSS 21 goto none
set "JAVA=%JDIR%\%1"
exit /b 0
:none
powershell -NoProfile -Command "Add-Type -AssemblyName PresentationFramework; [System.Windows.MessageBox]::Show((Get-Content -Raw -Encoding UTF8 '%~dp0nojava.txt'), 'Duizhao Studio')" >nul 2>&1
type "%~dp0nojava.txt"
exit /b 1

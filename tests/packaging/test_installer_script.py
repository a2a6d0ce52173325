"""The Windows installer script keeps the shop's data, installs per user, and names the mutex the app holds; the
release workflow checks the frozen app before building it."""

from __future__ import annotations

import re
import subprocess
import sys

from toysub_desktop.folders import APP_AUTHOR, APP_NAME
from toysub_desktop.instance_names import APP_MUTEX
from toysub_desktop.resources import SOURCE_ROOT

ISS = (SOURCE_ROOT / "installer" / "toysub-desktop.iss").read_text(encoding="utf-8-sig")
sys.path.insert(0, str(SOURCE_ROOT / "scripts"))
import win_version_info  # noqa: E402 - found through the line above

WORKFLOW = (SOURCE_ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")


def section(name: str) -> list[str]:
    """The non-comment lines of one [Section] of the script."""
    match = re.search(rf"^\[{name}\]\n(.*?)(?=^\[|\Z)", ISS, re.M | re.S)
    assert match is not None, f"no [{name}] section"
    return [line for line in match.group(1).splitlines() if line.strip() and not line.lstrip().startswith(";")]


def setting(name: str) -> str:
    values = [line.split("=", 1)[1] for line in section("Setup") if line.split("=", 1)[0] == name]
    assert len(values) == 1, name
    return values[0]


def test_the_installer_waits_for_the_mutex_the_running_app_holds() -> None:
    assert f'#define AppMutexName "{APP_MUTEX}"' in ISS
    assert setting("AppMutex") == "{#AppMutexName}"


def test_it_installs_for_the_user_without_administrator_rights() -> None:
    assert setting("PrivilegesRequired") == "lowest"
    assert setting("DefaultDirName") == "{userpf}\\{#AppName}"


def test_the_uninstaller_never_deletes_the_shops_data() -> None:
    assert not re.search(r"^\[UninstallDelete\]", ISS, re.M)
    assert all("{app}\\" in line for line in section("InstallDelete"))
    # The data folder the app uses on Windows (platformdirs: %LOCALAPPDATA%\<author>\<name>) is not the program
    # folder, so removing {app} cannot reach it; the script names it only to tell staff their data stayed.
    data_folder = f"{{localappdata}}\\{APP_AUTHOR}\\{APP_NAME}"
    assert data_folder in ISS
    assert data_folder not in setting("DefaultDirName")
    assert [line for line in ISS.splitlines() if data_folder in line and not line.lstrip().startswith(";")] == [
        f"    DataFolder := ExpandConstant('{data_folder}');"
    ]


def test_a_newer_version_installs_over_an_older_one() -> None:
    assert re.fullmatch(r"\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}", setting("AppId"))
    # The version comes from the build, never from the script.
    assert setting("AppVersion") == "{#AppVersion}"
    assert "#ifndef AppVersion\n  #error" in ISS


def test_korean_and_english_setup_with_start_menu_and_optional_desktop_shortcuts() -> None:
    languages = section("Languages")
    assert languages[0].startswith('Name: "korean"') and "Languages\\Korean.isl" in languages[0]
    assert any(line.startswith('Name: "english"') for line in languages)
    assert any("korean.DataKept=" in line for line in section("CustomMessages"))
    assert any("english.DataKept=" in line for line in section("CustomMessages"))
    assert 'Name: "desktopicon"' in section("Tasks")[0] and "Flags: unchecked" in section("Tasks")[0]
    icons = section("Icons")
    assert icons[0].startswith('Name: "{autoprograms}\\{#AppName}"')
    assert icons[1].startswith('Name: "{autodesktop}\\{#AppName}"') and "Tasks: desktopicon" in icons[1]


def test_the_release_workflow_self_checks_the_frozen_app_before_building_the_installer() -> None:
    # Changed with the pinned Inno Setup: it is no longer installed by an unpinned "choco install innosetup".
    assert 'tags: ["v*"]' in WORKFLOW and "runs-on: windows-latest" in WORKFLOW
    order = [
        "pyinstaller --noconfirm build.spec",
        '-ArgumentList "--self-check"',
        "INNO_SETUP_URL -OutFile",
        "/DAppVersion=${{ steps.version.outputs.version }}",
        "actions/upload-artifact",
    ]
    positions = [WORKFLOW.index(step) for step in order]
    assert positions == sorted(positions)
    assert "QT_QPA_PLATFORM: offscreen" in WORKFLOW and "토이섭 테스트" in WORKFLOW


def steps() -> list[str]:
    """The text of each step of the release job."""
    body = WORKFLOW[WORKFLOW.index("    steps:\n") :]
    return ["      - " + step for step in re.split(r"^      - ", body, flags=re.M)[1:]]


def step(name_part: str) -> str:
    found = [text for text in steps() if name_part in text]
    assert len(found) == 1, name_part
    return found[0]


def test_no_step_of_the_release_can_wait_without_a_bound() -> None:
    assert re.search(r"^    timeout-minutes: \d+$", WORKFLOW, re.M)
    assert len(steps()) >= 10
    for text in steps():
        assert re.search(r"^        timeout-minutes: \d+$", text, re.M), text.splitlines()[0]


def test_the_self_check_is_stopped_after_five_minutes_and_its_report_shown_either_way() -> None:
    text = step('-ArgumentList "--self-check"')
    # Start-Process -Wait would wait for ever for a windowed program stuck on a message box.
    start = text[text.index("Start-Process") : text.index("$null = $run.Handle")]
    assert "-Wait" not in start and "-PassThru" in start and "-RedirectStandardOutput $report" in start
    assert "$finished = $run.WaitForExit(5 * 60 * 1000)" in text
    assert "taskkill.exe /PID $run.Id /T /F" in text
    shown = text.index("Get-Content -Encoding utf8 $report")
    assert shown < text.index("did not finish within 5 minutes") and shown < text.index("$run.ExitCode -ne 0")
    # The frozen build prints a manifest of about 150 pages (13–14 deliveries a page) through its printing check.
    assert 'TOYSUB_SELF_CHECK_DELIVERIES: "2040"' in text


def test_inno_setup_is_pinned_and_iscc_found_on_path_or_in_either_install_folder() -> None:
    assert "choco install innosetup" not in WORKFLOW
    version = re.search(r'INNO_SETUP_VERSION: "(\d+\.\d+\.\d+)"', WORKFLOW)
    assert version is not None
    tag = version.group(1).replace(".", "_")
    assert f"releases/download/is-{tag}/innosetup-{version.group(1)}-x64.exe" in WORKFLOW
    assert re.search(r"INNO_SETUP_SHA256: [0-9a-f]{64}\n", WORKFLOW)
    text = step("id: inno")
    assert "Get-FileHash -Algorithm SHA256" in text and "$hash -ne $env:INNO_SETUP_SHA256" in text
    lookups = [
        "Get-Command iscc.exe -All",
        '(Join-Path $env:ProgramFiles "Inno Setup 7\\ISCC.exe")',
        '(Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\\ISCC.exe")',
        '(Join-Path $env:LOCALAPPDATA "Programs\\Inno Setup 7\\ISCC.exe")',
    ]
    positions = [text.index(lookup) for lookup in lookups]
    assert positions == sorted(positions)  # PATH first
    assert "$found.StartsWith($env:INNO_SETUP_VERSION)" in text  # only the pinned version is used
    assert '& "${{ steps.inno.outputs.iscc }}"' in step("Build the installer")


def test_actions_are_at_their_current_major_versions() -> None:
    used = set(re.findall(r"uses: ([\w./-]+@v\d+)", WORKFLOW))
    assert used == {
        "actions/checkout@v6",
        "actions/setup-python@v6",
        "actions/upload-artifact@v7",
        "softprops/action-gh-release@v3",
        "azure/artifact-signing-action@v1",
    }


def test_signing_happens_only_when_a_signing_service_is_configured() -> None:
    check = step("id: signing")
    for name in ("ARTIFACT_SIGNING_ENDPOINT", "ARTIFACT_SIGNING_ACCOUNT", "ARTIFACT_SIGNING_PROFILE"):
        assert f"{name}: ${{{{ vars.{name} }}}}" in WORKFLOW and f'"{name}"' in check
    assert '"enabled=false"' in check and "::warning::Not signing" in check
    bundle = step("uses: azure/artifact-signing-action@v1")
    assert "if: steps.signing.outputs.enabled == 'true'" in bundle
    assert "files-folder-filter: exe,dll,pyd" in bundle and "files-folder-recurse: true" in bundle
    assert WORKFLOW.index("uses: azure/artifact-signing-action") < WORKFLOW.index('-ArgumentList "--self-check"')
    installer = step("Build the installer")
    assert 'if ($env:SIGNING -eq "true")' in installer and '"/DSignSetup", "/Sartifactsigning=' in installer
    assert (SOURCE_ROOT / "scripts" / "sign_with_artifact_signing.ps1").is_file()
    # In the script, Inno's sign tool and a signed uninstaller exist only when the build asks for signing.
    signing = re.search(r"^#ifdef SignSetup\n(.*?)^#endif", ISS, re.M | re.S)
    assert signing is not None
    assert [line for line in signing.group(1).splitlines() if not line.startswith(";")] == [
        "SignTool=artifactsigning",
        "SignedUninstaller=yes",
    ]
    assert ISS.count("SignTool=") == 1 and ISS.count("SignedUninstaller") == 1


def test_setup_refuses_windows_older_than_qt_6_needs_and_carries_the_apps_version() -> None:
    major, minor, build = (int(part) for part in setting("MinVersion").split("."))
    assert (major, minor) == (10, 0) and build >= 17763  # Windows 10 1809
    assert setting("VersionInfoVersion") == "{#AppFileVersion}"
    assert setting("VersionInfoProductVersion") == "{#AppFileVersion}"
    assert "#ifndef AppFileVersion\n  #define AppFileVersion AppVersion\n#endif" in ISS
    build_step = step("Build the installer")
    assert '"/DAppFileVersion=${{ steps.version.outputs.numeric }}"' in build_step
    assert "python scripts/win_version_info.py --numeric $version" in WORKFLOW
    assert "$file.VersionInfo.FileVersion" in build_step


def test_the_numeric_version_is_four_numbers() -> None:
    assert win_version_info.numeric_version("1.2.3") == "1.2.3.0"
    assert win_version_info.numeric_version("1.2.3rc1") == "1.2.3.0"
    assert win_version_info.numeric_version("2026.12") == "2026.12.0.0"
    done = subprocess.run(
        [sys.executable, str(SOURCE_ROOT / "scripts" / "win_version_info.py"), "--numeric", "0.4.1"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert done.stdout.strip() == "0.4.1.0"

"""The Windows installer script keeps the shop's data, installs per user, and names the mutex the app holds; the
release workflow checks the frozen app before building it."""

from __future__ import annotations

import re

from toysub_desktop.folders import APP_AUTHOR, APP_NAME
from toysub_desktop.instance_names import APP_MUTEX
from toysub_desktop.resources import SOURCE_ROOT

ISS = (SOURCE_ROOT / "installer" / "toysub-desktop.iss").read_text(encoding="utf-8-sig")
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
    assert 'tags: ["v*"]' in WORKFLOW and "runs-on: windows-latest" in WORKFLOW
    order = [
        "pyinstaller --noconfirm build.spec",
        '-ArgumentList "--self-check"',
        "choco install innosetup",
        "/DAppVersion=${{ steps.version.outputs.version }}",
        "actions/upload-artifact",
    ]
    positions = [WORKFLOW.index(step) for step in order]
    assert positions == sorted(positions)
    assert "QT_QPA_PLATFORM: offscreen" in WORKFLOW and "토이섭 테스트" in WORKFLOW

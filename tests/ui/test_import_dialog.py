"""The import window as the clerk uses it, keyboard only: the file path typed and Enter, the columns checked, the dry
run's problems and duplicates in Korean, a decision for a duplicate, then the import."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from support import NOW, sample_shop
from toysub_desktop.domain.imports import Resolution
from toysub_desktop.services.imports.importing import customers_of_import, list_imports, prepare_file, run_import
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.import_dialog import ImportDialog
from toysub_desktop.ui.import_history import ImportHistoryDialog

HEADERS = ["이름", "연락처", "우편번호", "주소", "자녀", "생년월", "개인정보동의일", "요금제", "시작일", "약정",
           "월 요금", "결제방법", "교환요일"]  # fmt: skip
pytestmark = pytest.mark.gui

LEE = ["이영희", "010-9876-5432", "04001", "서울특별시 마포구 월드컵북로 396", "이하나", "2024-01", date(2026, 1, 5),
       "렌털 프리미엄", date(2026, 1, 5), "24개월", "37,050원", "카드", "화"]  # fmt: skip


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["2026 회원 명단"])
    sheet.merge_cells("A1:M1")
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _type(text: str) -> None:
    """Type into the focused widget: ASCII as keys, Korean as the input method commits it."""
    for char in text:
        widget = QApplication.focusWidget()
        assert widget is not None
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)


def _press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    QTest.keyClick(widget, key, modifier)


def _tab_to(widget: QWidget) -> None:
    """Press Tab until *widget* has the focus, as a clerk moves through the window."""
    for _ in range(60):
        if QApplication.focusWidget() is widget:
            return
        _press(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget}")


def _press_button(button: QWidget) -> None:
    _tab_to(button)
    _press(Qt.Key.Key_Space)


@pytest.fixture
def dialog(qtbot: QtBot, counter: Counter) -> ImportDialog:
    sample_shop(counter.db, counter.staff.id)
    window = ImportDialog(counter)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.path)
    return window


def test_a_file_that_is_not_a_spreadsheet_is_refused_beside_the_field_with_the_path_kept(
    dialog: ImportDialog, tmp_path: Path, screenshots: Path
) -> None:
    picture = tmp_path / "사진.xlsx"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert isinstance(QApplication.focusWidget(), QLineEdit)
    _type(str(picture))
    _press(Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == 0
    assert dialog.file_error.isVisible()
    assert "사진.xlsx" in dialog.file_error.text() and "스프레드시트" in dialog.file_error.text()
    assert dialog.path.text() == str(picture)
    dialog.grab().save(str(screenshots / "import-not-a-spreadsheet.png"))


def test_the_clerk_imports_by_keyboard_after_a_clean_dry_run_and_a_decided_duplicate(
    dialog: ImportDialog, counter: Counter, tmp_path: Path, screenshots: Path
) -> None:
    kim_phone_other_name = ["김철수", "010-1234-5678", "06236", "서울특별시 강남구 테헤란로 152", "김도윤", "2023-11",
                            "2026-02-01", "정기배송 베이직", "2026-02-10", "12", "27550", "현금", ""]  # fmt: skip
    bad = ["최수아", "010-12", "04001", "서울특별시 마포구 월드컵북로 1", "", "", "2026-01-05", "골드 플랜",
           "2026-02-01", "24", "39000", "현금", ""]  # fmt: skip
    path = _xlsx(tmp_path / "회원명단.xlsx", [HEADERS, LEE, [], kim_phone_other_name, bad])

    _type(str(path))
    _press(Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == 1
    assert "회원명단.xlsx" in dialog.mapping_intro.text()
    assert isinstance(QApplication.focusWidget(), QComboBox)
    assert dialog.mapping_boxes[0].currentText() == "보호자 이름"
    dialog.grab().save(str(screenshots / "import-columns.png"))

    _press_button(dialog.check_button)  # 다음: 모든 행 확인
    assert dialog.pages.currentIndex() == 2
    assert not dialog.import_button.isEnabled()
    model = dialog.model
    assert [row.row for row in model.rows] == [5, 6]  # only the rows needing attention
    problems = model.data(model.index(1, 5))
    assert isinstance(problems, str)
    assert "연락처: \u201c010-12\u201d" in problems and "요금제: \u201c골드 플랜\u201d" in problems
    assert model.data(model.index(1, 0)) == "6"
    dialog.grab().save(str(screenshots / "import-dry-run-problems.png"))

    # The bad row is fixed in the file; the same window checks it again.
    _xlsx(path, [HEADERS, LEE, [], kim_phone_other_name])
    _press_button(dialog.recheck_button)  # 다시 확인
    assert [row.row for row in model.rows] == [5]
    assert "김민수" in str(model.data(model.index(0, 3)))
    assert not dialog.import_button.isEnabled()

    _tab_to(dialog.table)
    _press(Qt.Key.Key_Home)
    _tab_to(dialog.decision)  # 고른 행의 결정
    for _ in range(3):  # (결정) → 건너뜀 → 기존 고객에 추가 → 새 고객으로
        _press(Qt.Key.Key_Down)
    assert dialog.resolutions == {5: Resolution.NEW}
    assert dialog.import_button.isEnabled()
    dialog.grab().save(str(screenshots / "import-dry-run-clean.png"))

    _press_button(dialog.import_button)  # 가져오기
    assert dialog.pages.currentIndex() == 4
    assert "새 고객 2명" in dialog.done_label.text() and "계약 2건" in dialog.done_label.text()
    assert dialog.imported_list.count() == 2 and "이영희" in dialog.imported_list.item(0).text()
    dialog.grab().save(str(screenshots / "import-done.png"))
    [record] = list_imports(counter.db)
    assert [line.name for line in customers_of_import(counter.db, record.id)] == ["이영희", "김철수"]
    _press(Qt.Key.Key_Space)  # 닫기 has the focus
    assert not dialog.isVisible()


def test_stopping_the_import_while_it_runs_leaves_nothing_imported(
    dialog: ImportDialog, counter: Counter, tmp_path: Path, screenshots: Path
) -> None:
    rows: list[list[object]] = [HEADERS]
    for n in range(600):
        rows.append([f"고객{chr(0xAC00 + n)}", f"010-3{n:03d}-{n:04d}", *LEE[2:]])
    path = _xlsx(tmp_path / "큰명단.xlsx", rows)
    _type(str(path))
    _press(Qt.Key.Key_Return)
    _press_button(dialog.check_button)
    assert dialog.import_button.isEnabled()
    _tab_to(dialog.import_button)
    # The clerk presses Space on 가져오기, then at once Space again: the focus is on 가져오기 중지 by then.
    QTimer.singleShot(0, lambda: _press(Qt.Key.Key_Space))
    _press(Qt.Key.Key_Space)
    assert dialog.pages.currentIndex() == 2
    assert dialog.dry_run_error.isVisible() and "아무것도 가져오지 않았습니다" in dialog.dry_run_error.text()
    assert list_imports(counter.db) == ()
    dialog.grab().save(str(screenshots / "import-stopped.png"))


def test_a_toy_list_goes_through_the_same_steps(
    dialog: ImportDialog, counter: Counter, tmp_path: Path, screenshots: Path
) -> None:
    path = _xlsx(
        tmp_path / "장난감.xlsx",
        [
            ["장난감명", "분류", "사용연령", "브랜드", "가격", "바코드"],
            ["멜로디 피아노", "악기", "12~48개월", "브이텍", "45,000", "OLD-0001 OLD-0002"],
        ],
    )
    _type(str(path))
    _press(Qt.Key.Key_Return)
    _press_button(dialog.check_button)
    assert "새 장난감 1개" in dialog.dry_run_summary.text() and "품목 2개" in dialog.dry_run_summary.text()
    dialog.only_attention.setChecked(False)
    assert dialog.model.data(dialog.model.index(0, 2)) == "장난감, 품목 2개"
    dialog.grab().save(str(screenshots / "import-toys-dry-run.png"))
    _press_button(dialog.import_button)
    assert dialog.pages.currentIndex() == 4
    assert "새 장난감 1개" in dialog.done_label.text()


def test_the_imports_are_listed_with_their_customers_and_enter_opens_one(
    qtbot: QtBot, counter: Counter, tmp_path: Path, screenshots: Path
) -> None:
    sample_shop(counter.db, counter.staff.id)
    prepared = prepare_file(_xlsx(tmp_path / "회원명단.xlsx", [HEADERS, LEE]))
    run_import(counter.db, staff_id=counter.staff.id, prepared=prepared, mapping=prepared.recognised, now=NOW)
    window = ImportHistoryDialog(counter)
    chosen: list[int] = []
    window.customerChosen.connect(chosen.append)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.table)
    assert window.table.item(0, 1).text() == "회원명단.xlsx"
    assert window.table.item(0, 5).text() == "박지영"
    assert "이영희" in window.customers.item(0).text()
    window.grab().save(str(screenshots / "import-history.png"))
    _tab_to(window.customers)
    _press(Qt.Key.Key_Return)
    assert len(chosen) == 1 and window.isVisible()


def test_the_check_of_a_long_list_shows_its_progress_and_can_be_stopped(
    dialog: ImportDialog, counter: Counter, tmp_path: Path, screenshots: Path
) -> None:
    rows: list[list[object]] = [HEADERS]
    for n in range(600):
        rows.append([f"고객{chr(0xAC00 + n)}", f"010-3{n:03d}-{n:04d}", *LEE[2:]])
    path = _xlsx(tmp_path / "큰명단.xlsx", rows)
    _type(str(path))
    _press(Qt.Key.Key_Return)
    _tab_to(dialog.check_button)
    seen: list[str] = []

    def stop_at_once() -> None:
        # The check runs with the bar and the stop button of the import, which has the keyboard.
        seen.append(dialog.progress_label.text())
        dialog.grab().save(str(screenshots / "import-checking.png"))
        _press(Qt.Key.Key_Space)

    QTimer.singleShot(0, stop_at_once)
    _press(Qt.Key.Key_Space)  # 다음: 모든 행 확인
    assert seen and "600행" in seen[0], seen
    assert dialog.pages.currentIndex() == 1  # back at the columns, which the clerk may check again
    assert dialog.mapping_error.isVisible() and "중지" in dialog.mapping_error.text()
    assert dialog.run is None and list_imports(counter.db) == ()

    _press_button(dialog.check_button)  # checked again, to the end this time
    assert dialog.pages.currentIndex() == 2 and dialog.import_button.isEnabled()
    assert (dialog.progress.value(), dialog.progress.maximum()) == (600, 600)
    assert dialog.run is not None and dialog.run.customers == 600

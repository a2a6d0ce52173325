#!/usr/bin/env bash
# Collects the translatable text of src/toysub_desktop into resources/i18n/toysub_ko.ts, then compiles every .ts
# into a .qm beside it.
#
#   bash scripts/update_translations.sh
#
# lupdate finds self.tr("…"), QCoreApplication.translate("Ctx", "…") and QT_TRANSLATE_NOOP("Ctx", "…") -- the
# last also in Qt-free modules that define their own function of that name (domain/text.py). It matches by the
# name at the call site, so only these spellings are found:
#   QT_TRANSLATE_NOOP("Ctx", "text")            yes (also split over lines, implicit "a" "b" concatenation)
#   text_module.QT_TRANSLATE_NOOP("Ctx", "t")   yes
#   translatable("Ctx", "text")                 yes, through the -tr-function-alias below
#   QT_TRANSLATE_NOOP(context="Ctx", text="t")  NO (keyword arguments are skipped)
#   from … import QT_TRANSLATE_NOOP as _        NO (another alias name is not known)
#   QT_TRANSLATE_NOOP("Ctx", f"…{x}")           collected literally with "{x}": never matches; use .format() after
#
# Existing translations are kept; texts no longer in the code stay in the file marked "vanished" so a translator
# can reuse them (Qt Linguist shows them greyed out). Uses the project's venv (run scripts/bootstrap.sh first).

set -euo pipefail

ROOT=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
cd -- "$ROOT"

VENV=${TOYSUB_VENV:-$ROOT/.venv}
TS_FILE=resources/i18n/toysub_ko.ts

# The Qt tools: from the project's venv, else from PATH.
qt_tool() {
    if [[ -x $VENV/bin/$1 ]]; then
        echo "$VENV/bin/$1"
    elif command -v "$1" >/dev/null 2>&1; then
        command -v "$1"
    else
        echo "update_translations: $1 not found; run 'bash scripts/bootstrap.sh test' (or demo) first" >&2
        exit 1
    fi
}
LUPDATE=$(qt_tool pyside6-lupdate)
LRELEASE=$(qt_tool pyside6-lrelease)

# Every Python file of the package, in a stable order (so the .ts does not churn between machines).
sources=()
while IFS= read -r -d '' file; do
    sources+=("$file")
done < <(find src/toysub_desktop -name '*.py' -not -path '*/__pycache__/*' -print0 | LC_ALL=C sort -z)

# Languages are only given when the file is new; lupdate warns when they disagree with an existing file's header.
languages=()
if [[ ! -f $TS_FILE ]]; then
    languages=(-source-language en -target-language ko_KR)
    mkdir -p "$(dirname -- "$TS_FILE")"
fi

echo "==> lupdate: ${#sources[@]} files -> $TS_FILE"
# No source locations: they would change the .ts on every edit of the code and bury the real changes in diffs.
"$LUPDATE" -tr-function-alias QT_TRANSLATE_NOOP+=translatable -locations none "${languages[@]}" "${sources[@]}" \
    -ts "$TS_FILE"

echo "==> lrelease"
shopt -s nullglob
"$LRELEASE" resources/i18n/*.ts

"""PyInstaller's entry script: the frozen app starts here (``python -m toysub_desktop`` in a source checkout)."""

from toysub_desktop.app import main

raise SystemExit(main())

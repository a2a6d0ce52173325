"""``python -m toysub_desktop``."""

from toysub_desktop.app import main

raise SystemExit(main())

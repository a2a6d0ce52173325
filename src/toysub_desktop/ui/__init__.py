"""The Qt user interface: main window, tabs, dialogs and table models. It only calls services."""

# src/gui/shell: the main window, settings, first run, About. Forms in ui/shell.
taskdesk_sources(taskdesk_gui
    AboutDialog HintStyle MainWindow MainWindowTabs OrganizationPicker ServerPicker SettingsDialog
    TokenField UnauthorizedBanner WelcomePanel
    HEADERS SandboxTarget)

# src/core/settings: taskdesk_settings.
taskdesk_sources(taskdesk_settings
    DeferredTokenStore DraftStore KeychainTokenStore KnownServers LaunchOptions MemoryTokenStore
    RecentLookup RecentLookups Settings TokenSource TokenStore TokenStoreError TokenStoreResult
    Validators
    HEADERS LaunchOptionsResult Validated)

# Files of src/core/settings, added to taskdesk_core.

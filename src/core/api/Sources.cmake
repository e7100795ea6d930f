# Files of src/core/api, added to taskdesk_core.

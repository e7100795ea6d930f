# Files of src/core/domain, added to taskdesk_core.

// Replaced as soon as the first model lands.

"""hoso's web pages, server-rendered in Vietnamese: intake, search, dossier, audit, admin."""

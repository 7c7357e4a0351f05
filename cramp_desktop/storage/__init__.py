"""SQLite storage: models, migrations, repositories, backups and integrity checks."""

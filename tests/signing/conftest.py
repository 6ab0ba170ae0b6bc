from signing_kit import font, keys_dir, settings, tsa

__all__ = ["font", "keys_dir", "settings", "tsa"]

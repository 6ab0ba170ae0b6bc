from signing_kit import crl_keys, font, keys_dir, settings, tsa

__all__ = ["crl_keys", "font", "keys_dir", "settings", "tsa"]

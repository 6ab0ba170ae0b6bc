"""The API's routes, one module per concern; each exports `router`."""

"""recommend(), plan(), explain(), substitute(), fix() and the public API's arguments."""

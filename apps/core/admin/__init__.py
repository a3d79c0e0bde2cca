"""What the apps' admin registrations share: snippet listings, menu groups, admin views and their buttons."""

"""What the browser journeys share."""

import threading

from django.db import connection


def committed(function):
    """Run function on a connection of its own, so the server thread sees what it writes."""
    result = {}

    def run():
        try:
            result["value"] = function()
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return result.get("value")

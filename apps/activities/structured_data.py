"""An event described for search engines: schema.org Event as JSON-LD.

Only an event that can be described as search engines require it gets a description (Google's
Event: `name`, `startDate` and a `location`; a Place with its address, a VirtualLocation with its
URL). An event whose date is to be announced, or held in person at a place not yet named, gets
none: a description without them is an error to Google, and one with a guessed date, status or
place would be wrong. Only what the record says is written: a place is its venue with the
address line and country staff typed, never a place made of the country alone.
"""

from apps.core.zoned_time import local_iso

from .models import Activity

STATUS = {
    Activity.Status.SCHEDULED: "https://schema.org/EventScheduled",
    Activity.Status.POSTPONED: "https://schema.org/EventPostponed",
    Activity.Status.CANCELLED: "https://schema.org/EventCancelled",
}


def event_json_ld(activity: Activity, *, url: str) -> dict | None:
    """The event in the reader's language (the active one), dates with their UTC offset; or None."""
    if not activity.start:
        return None
    in_person = bool(activity.venue or activity.address)
    if in_person and not (activity.venue and (activity.address or activity.country)):
        # A place needs its name and an address: one without the other does not say where to go.
        return None
    if not in_person and not activity.online_url:
        # Neither a place nor a link: nowhere to attend yet.
        return None
    locations = []
    if in_person:
        address = {"@type": "PostalAddress"}
        if activity.address:
            address["streetAddress"] = activity.address
        if activity.country:
            address["addressCountry"] = activity.country
        locations.append({"@type": "Place", "name": activity.venue, "address": address})
    if activity.online_url:
        locations.append({"@type": "VirtualLocation", "url": activity.online_url})
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": activity.title,
        "url": url,
        "startDate": local_iso(activity.start, activity.time_zone),
        "eventStatus": STATUS[activity.status],
        "eventAttendanceMode": _attendance_mode(in_person=in_person, online=bool(activity.online_url)),
        "location": locations[0] if len(locations) == 1 else locations,
    }
    if activity.end:
        data["endDate"] = local_iso(activity.end, activity.time_zone)
    if activity.description:
        data["description"] = activity.description
    if activity.organiser_id:
        organiser = {"@type": "Organization", "name": activity.organiser.name}
        if activity.organiser.website:
            organiser["url"] = activity.organiser.website
        data["organizer"] = organiser
    if activity.language:
        data["inLanguage"] = activity.language
    return data


def _attendance_mode(*, in_person: bool, online: bool) -> str:
    if in_person and online:
        return "https://schema.org/MixedEventAttendanceMode"
    if online:
        return "https://schema.org/OnlineEventAttendanceMode"
    return "https://schema.org/OfflineEventAttendanceMode"

"""An event described for search engines: schema.org Event as JSON-LD."""

from apps.core.zoned_time import local_iso

from .models import Activity

STATUS = {
    Activity.Status.SCHEDULED: "https://schema.org/EventScheduled",
    Activity.Status.POSTPONED: "https://schema.org/EventPostponed",
    Activity.Status.CANCELLED: "https://schema.org/EventCancelled",
}


def event_json_ld(activity: Activity, *, url: str) -> dict:
    """The event in the reader's language (the active one); dates carry their UTC offset."""
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": activity.title,
        "url": url,
        "eventStatus": STATUS[activity.status],
        "eventAttendanceMode": _attendance_mode(activity),
    }
    if activity.description:
        data["description"] = activity.description
    if activity.start:
        data["startDate"] = local_iso(activity.start, activity.time_zone)
    if activity.end:
        data["endDate"] = local_iso(activity.end, activity.time_zone)
    locations = []
    if activity.venue or activity.address or (activity.country and not activity.online_url):
        place = {"@type": "Place"}
        if activity.venue:
            place["name"] = activity.venue
        address = {"@type": "PostalAddress"}
        if activity.address:
            address["streetAddress"] = activity.address
        if activity.country:
            address["addressCountry"] = activity.country
        place["address"] = address
        locations.append(place)
    if activity.online_url:
        locations.append({"@type": "VirtualLocation", "url": activity.online_url})
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    if activity.organiser_id:
        organiser = {"@type": "Organization", "name": activity.organiser.name}
        if activity.organiser.website:
            organiser["url"] = activity.organiser.website
        data["organizer"] = organiser
    if activity.language:
        data["inLanguage"] = activity.language
    return data


def _attendance_mode(activity: Activity) -> str:
    in_person = bool(activity.venue or activity.address)
    if activity.online_url and in_person:
        return "https://schema.org/MixedEventAttendanceMode"
    if activity.online_url:
        return "https://schema.org/OnlineEventAttendanceMode"
    return "https://schema.org/OfflineEventAttendanceMode"

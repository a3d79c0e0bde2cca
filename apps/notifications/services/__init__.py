"""Writes of notifications, one module per concern.

- `outbox`: record a notification in the event's transaction, queue it, deliver it at most once,
  sweep what is left, resend what failed.
- `rendering`: a notification as an e-mail in its reader's language, with its unsubscribe headers.
- `subscriptions`: subscribing without an account, confirming, unsubscribing, an account's choices.
- `digests`: the news of new cases and the digests made of it.
- `reminders`: the weekly reminders of what is overdue, read through the domains' selectors.
- `retention`: how long addresses and messages are kept.
"""

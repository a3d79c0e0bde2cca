"""The fields in which a mapping entry gives its account of an ecosystem.

Their order is the order the entry's form, its country page and the review of its changes show
them in; the form, the selectors and the model's compared fields all take them from here.
"""

ACCOUNT_FIELDS = ("description", "strengths", "weaknesses", "barriers", "inspiring_initiatives", "links")

"""The set of approved assessments that the mapping's public results are checked against."""

from types import SimpleNamespace

import pytest

from tests.mapping.factories import ApprovedAssessmentFactory, ReviewerFactory
from tests.partners.factories import OrganisationFactory, PartnerFactory


@pytest.fixture
def scored():
    """Two approved assessments in Latvia and one in Spain ("Spain now").

    On the first criterion Latvia's mean is (1 + 2) / 2 = 1.5, on the last (1 + 4) / 2 = 2.5;
    Spain's is 5.0 on every criterion. France and Sweden have none.
    """
    staff = ReviewerFactory()
    latvia = OrganisationFactory(country="LV")
    partner_lv = PartnerFactory(organisation=latvia)
    for scores in ([1, 2, 3, 4, 5, 5, 4, 3, 2, 1], [2, 2, 2, 2, 2, 2, 2, 2, 2, 4]):
        ApprovedAssessmentFactory(user=partner_lv, organisation=latvia, approved_by=staff, scores=scores)
    ApprovedAssessmentFactory(
        organisation__country="ES", approved_by=staff, scores=[5] * 10, title="Spain now"
    )
    return SimpleNamespace(staff=staff, latvia=latvia, partner_lv=partner_lv)

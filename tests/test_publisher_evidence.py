"""Which council published a paper, from evidence other than its letterhead line: a contact's address
on the council's domain, a council over its own address, partners named in passing, front-sheet
fields. Each case is worded unlike the samples it was found on."""

from pipeline.normalise.councils import decide_publisher, domain_councils, rank_publishers


def _publisher(head, body=()):
    ranked = rank_publishers(list(head), list(head) + list(body))
    council, kind = decide_publisher(ranked)
    return (council.name if council else None), kind


def test_a_contact_address_on_the_council_domain_names_it():
    from pipeline.vocabulary import authorities

    found = domain_councils("Contact: j.bloggs@ashfield-dc.gov.uk or www.pendle.gov.uk")
    assert [authorities()[c].nice_name for c in found] == ["Ashfield", "Pendle"]
    head = ["Report to: Policy Committee", "Author: Jo Bloggs", "Email: jo.bloggs@pendle.gov.uk"]
    body = ["Road repairs are being planned with Lancashire County Council and its contractors."]
    assert _publisher(head, body) == ("Pendle Borough Council", "web_domain")


def test_a_domain_that_names_no_council_is_no_evidence():
    assert domain_councils("email info@localgov.gov.uk or see www.legislation.gov.uk") == []


def test_the_council_over_its_own_address_is_the_letterhead():
    head = ["Maldon District Council", "Princes Road, Maldon, Essex CM9 5DL", "Report to: Finance Committee"]
    body = ["The review was carried out alongside Essex County Council's audit team."]
    assert _publisher(head, body) == ("Maldon District Council", "letterhead")


def test_partners_named_in_the_body_weigh_less_than_the_council_itself():
    body = [
        "Braintree District Council has agreed the plan.",
        "The scheme is delivered jointly with Essex County Council.",
        "Funding is shared with Essex County Council.",
    ]
    council, _kind = _publisher(["Annual report on the plan"], body)
    assert council == "Braintree District Council"


def test_a_front_sheet_field_naming_the_councils_own_member():
    head = ["Report to: Scrutiny Panel", "Date: 3 June 2021",
            "Portfolio Holder: Cllr A Smith, Leader of Torridge District Council"]  # fmt: skip
    body = ["The service is shared with North Devon Council under a joint agreement."]
    assert _publisher(head, body)[0] == "Torridge District Council"


def test_a_bare_name_opening_the_papers_title_is_its_council():
    head = ["Rochdale Children's Services Improvement Plan 2021-23", "Working together with Bury Council"]
    body = ["We will share the training programme with Bury Council.", "Rochdale families told us what matters."]
    assert _publisher(head, body) == ("Rochdale Metropolitan Borough Council", "title")


def test_a_council_named_only_as_a_partner_is_not_the_author():
    head = ["REPORT TO: Overview Panel", "Corporate Strategy Quarter One Report"]
    body = ["The youth scheme is run in partnership with Devon County Council.",
            "Tree planting sites were agreed with Devon County Council."]  # fmt: skip
    assert _publisher(head, body) == (None, None)

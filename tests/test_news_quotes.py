"""Direct quotations in news articles: who the default segmenter and resolver give them to.

Each test is a short article in a form seen across many outlets: quotations continued over
paragraphs, partial quotes inside paraphrase, pronouns and descriptions when two people are quoted
in turn, written words, quoted titles, unnamed sources, and the quote marks of several languages.
"""
from __future__ import annotations

from etl.model import Document
from etl_plugins.speakers.coreference import Registry
from etl_plugins.speakers.names import parse_mention

from test_segmenter import texts

NBSP = "\u00a0"


def quotes(doc: str) -> list[tuple[str | None, str]]:
    """(speaker, text) of every quotation and headline of an article."""
    return [(who, t) for kind, who, t, _ in texts(doc) if kind in ("quote", "headline")]


def test_a_quotation_continued_over_paragraphs_is_given_to_its_speaker():
    found = quotes("""Mill town fights to keep its hospital

By Ruth Adair

Councillor Ines Barreto said the health board had not visited the town in two years.

“They have drawn a line on a map and put us on the wrong side of it.

“Our nearest emergency department would be ninety minutes away in winter.

“Nobody on that board has driven that road in February,” Barreto said.

The health board did not respond to a request for comment.
""")
    assert found == [("Ines Barreto", "They have drawn a line on a map and put us on the wrong side of it.\n\n"
                                      "“Our nearest emergency department would be ninety minutes away in winter.\n\n"
                                      "“Nobody on that board has driven that road in February")]


def test_a_continued_quotation_with_straight_marks_after_its_attribution():
    found = quotes("""Port strike enters third week

Dock workers' leader Tomas Lindqvist said the union would not move.

"We have waited six years for this contract.

"We can wait another six weeks," he said.
""")
    assert found == [("Tomas Lindqvist",
                      'We have waited six years for this contract.\n\n"We can wait another six weeks')]


def test_partial_quotes_inside_paraphrase_go_to_the_subject():
    found = quotes("""Budget row deepens

Opposition leader Mariam Chaudhry called the plan “a disaster for the country and its farmers” and said
she would vote against it.

Finance Minister Owen Pritchard rejected the criticism on Monday, saying the budget would “protect every
pension in payment.”

Chaudhry called the minister's answer “weak” and left the chamber.
""")
    assert found == [("Mariam Chaudhry", "a disaster for the country and its farmers"),
                     ("Owen Pritchard", "protect every\npension in payment.")]


def test_a_plan_named_in_quotes_is_not_a_statement():
    found = quotes("""Transport plan unveiled

Mayor Leon Achterberg presented a plan called “Moving Forward Together” on Monday.
""")
    assert found == []


def test_pronouns_and_role_words_follow_the_two_people_quoted_in_turn():
    found = quotes("""Senate race heats up

WASHINGTON — Sen. Carol Whitmore and former Governor Frank Delacroix clashed over water rights on Tuesday.

"Our farmers are not asking for a handout," Whitmore said.

"The farmers I talk to want the rules changed, not more money," Delacroix said.

"He had eight years to change them," she said.

"I did change them, and she voted against it," he said.

The senator added that she would publish her own plan. "Read it before you judge it," the senator said.

"I will read it, and then I will judge it," the former governor told reporters.
""")
    assert [who for who, _ in found] == ["Carol Whitmore", "Frank Delacroix", "Carol Whitmore", "Frank Delacroix",
                                         "Carol Whitmore", "Frank Delacroix"]


def test_a_former_office_holder_is_not_the_one_in_office():
    found = quotes("""Mining row

Energy Minister Lucia Ferrante said the licence would stand. "The licence stands," Ferrante said.

Bruno Castellani, a former energy minister, said it should be reviewed.

"The licence was granted in a hurry and should be looked at again," the former minister said.
""")
    assert found == [("Lucia Ferrante", "The licence stands"),
                     ("Bruno Castellani", "The licence was granted in a hurry and should be looked at again")]


def test_descriptions_resolve_to_the_person_introduced_with_them():
    found = quotes("""Court hears tenants' case

Lawyer Esperanza Quiroga told the court the eviction notices were unlawful.

Dmitri Sokolov, a retired engineer, said he had lived in the building for forty years.

"I fixed the lifts in this building myself when the owners would not pay," the engineer said.

"These notices were served without the thirty days the law requires," the lawyer said.
""")
    assert found == [("Dmitri Sokolov", "I fixed the lifts in this building myself when the owners would not pay"),
                     ("Esperanza Quiroga", "These notices were served without the thirty days the law requires")]


def test_written_words_are_attributed_like_spoken_ones():
    found = quotes("""Mayor and council at odds over bins

In a letter to residents, Mayor Hannah Okonkwo wrote: "Collections will return to weekly from May."

Councillor Piotr Nowicki tweeted: "Weekly collections were cut by this mayor in the first place."

Okonkwo posted on X an hour later. "Councillor Nowicki voted for the cut," she wrote.

"We will publish the full costs next week," Okonkwo said in a statement.
""")
    assert found == [("Hannah Okonkwo", "Collections will return to weekly from May."),
                     ("Piotr Nowicki", "Weekly collections were cut by this mayor in the first place."),
                     ("Hannah Okonkwo", "Councillor Nowicki voted for the cut"),
                     ("Hannah Okonkwo", "We will publish the full costs next week")]


def test_titles_that_quote_in_single_marks():
    found = quotes("""Abernethy: 'We will not back down on the tunnel'

Transport Secretary Fiona Abernethy said the tunnel would go ahead.
""")
    assert found[0] == ("Fiona Abernethy", "We will not back down on the tunnel")
    found = quotes("""'We will not back down on the tunnel,' says Abernethy

Transport Secretary Fiona Abernethy said the tunnel would go ahead.
""")
    assert found[0] == ("Fiona Abernethy", "We will not back down on the tunnel")


def test_attribution_after_a_quotation_of_several_sentences():
    found = quotes("""Drought measures extended

Water Minister Kwame Asante said restrictions would stay.

"The reservoirs are at a third of capacity. The rains came late and left early. We cannot lift the
restrictions until the dams are at least half full," Asante told reporters.
""")
    assert found == [("Kwame Asante", "The reservoirs are at a third of capacity. The rains came late and left "
                                      "early. We cannot lift the\nrestrictions until the dams are at least half full")]


def test_according_to_a_named_person():
    found = quotes("""Clinic waiting lists grow

According to Dr Amara Nwosu, "the waiting list has doubled since the spring and nobody has a plan."
""")
    assert found == [("Amara Nwosu", "the waiting list has doubled since the spring and nobody has a plan.")]


def test_organisations_documents_and_unnamed_people_get_no_speaker():
    found = quotes("""Factory closure confirmed

Union organiser Delia Marsh said the closure was a betrayal. "Three hundred families learned this from
the radio," Marsh said.

"The decision was taken after a long review of the site's costs," a spokesman for the company said.

"The site has lost money for six consecutive years," the letter said.

The Ministry of Industry said in a statement: "We will support every worker affected by this decision."

"Retraining funds will be available from next month," officials said.

"We are talking to two possible buyers for the site," it said.

"Nothing has been decided about the warehouse," said a company spokeswoman.

"We expect to know more within a fortnight."
""")
    assert found[0] == ("Delia Marsh", "Three hundred families learned this from\nthe radio")
    assert [who for who, _ in found[1:]] == [None] * (len(found) - 1)
    assert len(found) >= 7  # every unnamed quotation is still a statement, with no speaker


def test_a_statement_is_not_the_person_named_after_the_word():
    found = quotes("""Bank fined

The regulator said in a statement, Governor Ayodele Bakare confirmed, that the fine had been paid.

"The bank has cooperated fully with the investigation into its accounts," the statement said.
""")
    assert found == [(None, "The bank has cooperated fully with the investigation into its accounts")]


def test_straight_curly_and_guillemet_marks_with_a_no_break_space():
    marks = (('"', '"'), ("“", "”"), ("«", "»"), (f"«{NBSP}", f"{NBSP}»"), ("“", f"{NBSP}”"))
    for opening, closing in marks:
        found = quotes(f"""Election night

Prime Minister Élodie Fournier thanked her supporters.

{opening}Tonight the country chose hope over fear, and I will not forget it{closing}, Fournier said.
""")
        assert found == [("Élodie Fournier", "Tonight the country chose hope over fear, and I will not forget it")], \
            (opening, closing)


def test_a_surname_with_its_particle_is_the_person_named_in_full():
    found = quotes("""Pension vote

Prime Minister Hélène Le Maire defended the reform.

Le Maire told deputies the vote would go ahead. « The country cannot wait », she said.
""")
    assert found == [("Hélène Le Maire", "The country cannot wait")]


def test_a_given_name_that_is_also_a_role_word_before_name_particles():
    found = quotes("""Proteas fall short

South Africa's captain, Dean van der Merwe, was frustrated.

"We had them and we let them go," van der Merwe said.
""")
    assert found == [("Dean van der Merwe", "We had them and we let them go")]


def test_her_after_a_verb_is_an_object_not_evidence_of_gender():
    registry = Registry.build("Union leader Ravi Mendez answered her at once. Nobody else spoke.")
    assert registry.find(parse_mention("Ravi Mendez")).gender is None
    registry = Registry.build("Union leader Ravi Mendez said her plan was fair.")
    assert registry.find(parse_mention("Ravi Mendez")).gender == "f"


def test_a_job_opening_a_sentence_is_not_a_first_name():
    assert parse_mention("Campaigner Oliver Grant").name == "Oliver Grant"
    assert parse_mention("Lawyer Esther Njeri").name == "Esther Njeri"
    assert parse_mention("Peter Paul Rubens").name == "Peter Paul Rubens"


def test_an_appositive_name_between_commas_speaks():
    found = quotes("""Unions prepare strike

Its general secretary, Mr Bako Danjuma, said the unions were "ready to stay out for as long as it takes".
""")
    assert found == [("Bako Danjuma", "ready to stay out for as long as it takes")]


def test_the_quote_of_a_document_introduced_by_said_colon_in_single_marks_stays_a_quotation():
    doc = Document("inline.txt", """Rivers plan

Environment Secretary Olu Bankole said in a statement: ‘The era of dumping in our rivers is over.’

Campaigners were unconvinced.
""")
    from test_segmenter import run
    found = [(k, who, t) for k, who, t, _ in run(doc)]
    assert ("quote", "Olu Bankole", "The era of dumping in our rivers is over.") in found
    assert not any(k == "speech" for k, _, _ in found)


def test_a_role_then_the_person_between_commas_after_the_quotation():
    found = quotes("""Budget gap

"There is no money left in the budget for this year," the mayor's chief of staff, Lena Ortiz, said.

"The mayor has not returned our calls for a month," Senator Maria Kellerman's spokesman said.
""")
    assert found == [("Lena Ortiz", "There is no money left in the budget for this year"),
                     (None, "The mayor has not returned our calls for a month")]


def test_a_short_sentence_right_after_an_attributed_quotation_continues_it():
    found = quotes("""Bridge to be rebuilt

Mayor John Harrow spoke first. "We will rebuild the bridge within a year," he said. "Not one family."
""")
    assert found == [("John Harrow", "We will rebuild the bridge within a year"), ("John Harrow", "Not one family.")]


def test_an_age_given_beside_a_name_describes_the_speaker():
    found = quotes("""Veteran keeper retires

Goalkeeper Anton Reyes, 41, played his last match on Saturday.

"I told myself I would stop when my knees told me to," the 41-year-old said.

"It was time for something new," the 29-year-old said.
""")
    assert found == [("Anton Reyes", "I told myself I would stop when my knees told me to"),
                     (None, "It was time for something new")]


def test_a_document_quoted_after_an_attributed_quotation_is_not_the_speaker_again():
    found = quotes("""Bridge safety

“The bridge is safe,” Mayor John Harrow insisted. The inspection report, however, said the bridge was “in poor
condition and in need of urgent repair.”
""")
    assert found == [("John Harrow", "The bridge is safe"), (None, "in poor\ncondition and in need of urgent repair.")]


def test_a_quoted_title_then_the_speaker_and_a_headline_verb():
    found = quotes("""'We will not back down': Doe vows to fight on

Opposition leader Jane Doe said the budget would fail.
""")
    assert found == [("Jane Doe", "We will not back down")]
    found = quotes("""PM Okello: 'This budget protects every family'

Prime Minister Mark Okello defended the budget on Tuesday.
""")
    assert found == [("Mark Okello", "This budget protects every family")]


def test_two_men_quoted_in_turn_the_role_word_picks_the_one_it_names():
    found = quotes("""Health reform clears first vote

Health Secretary Daniel Brooks defended the bill. Opposition spokesman Tom Ridley attacked it.

"This bill will cut waiting lists in half within two years," Brooks said.

"It will do nothing of the sort," Ridley said.

Ridley said the figures were invented. "I have read the figures. They do not add up," he said.

The secretary responded that the figures came from the Treasury. "They are the Treasury's own numbers," he said.
""")
    assert [who for who, _ in found] == ["Daniel Brooks", "Tom Ridley", "Tom Ridley", "Daniel Brooks"]


def test_bodies_named_like_people_get_no_speaker():
    found = quotes("""Protest arrests condemned

Police arrested 40 protesters in the capital on Saturday, among them activist Rosa Lindgren.

"We call for the immediate release of all detainees," Human Rights Watch said.

Downing Street said: "The government respects the right to peaceful protest."

"I was pushed to the ground and held for six hours," Lindgren said.
""")
    assert found == [(None, "We call for the immediate release of all detainees"),
                     (None, "The government respects the right to peaceful protest."),
                     ("Rosa Lindgren", "I was pushed to the ground and held for six hours")]


def test_verbs_of_testimony_demand_and_feeling_attribute_a_quotation():
    found = quotes("""Bridge fraud trial

Former mayor John Harrow and Senator Maria Kellerman appeared in court on Tuesday.

"I never saw the money and I never signed the papers," Harrow testified.

"Give us the documents or we will go to court again," Kellerman demanded.

"I never thought I would see this day come," Harrow laughed.
""")
    assert [who for who, _ in found] == ["John Harrow", "Maria Kellerman", "John Harrow"]


def test_a_pronoun_after_a_sentence_naming_two_people_is_its_subject():
    for sentence in ("Smith criticised Jones for the delay.",
                     "Smith said he had written to Jones twice.",
                     "According to Smith, Jones had promised a decision by March."):
        found = quotes(f"""Row over delay

Senator Paul Smith met Transport Secretary Mark Jones on Monday.

{sentence} "It is unacceptable that families are still waiting," he said.
""")
        assert found == [("Paul Smith", "It is unacceptable that families are still waiting")], sentence
    found = quotes("""Row over delay

Senator Paul Smith met Transport Secretary Mark Jones on Monday.

In a letter to Smith, Jones promised a decision by March. "Families will not wait much longer," he said.
""")
    assert found == [("Mark Jones", "Families will not wait much longer")]


def test_a_first_name_alone_names_the_one_person_of_that_name():
    found = quotes("""Families count the cost

Maria Lopez, 34, a mother of three, lost her home in the fire. Fire chief Dan O'Neill said crews had tried.

"We got out with the clothes we were wearing and nothing else," said Maria, holding her youngest son.
""")
    assert found == [("Maria Lopez", "We got out with the clothes we were wearing and nothing else")]


def test_they_after_a_quotation_is_a_group_not_the_last_person_named():
    found = quotes("""Hospital staff strike

Union leader Karen Oduya said nurses were exhausted. Hospital managers said they had offered a 5 per cent rise.

"We have made a fair offer and we expect the union to put it to members," they said.
""")
    assert found == [(None, "We have made a fair offer and we expect the union to put it to members")]


def test_a_paragraph_subject_speaks_only_what_follows_sentences_about_them():
    found = quotes("""Appeal filed

Former mayor John Harrow was convicted in May.

Harrow's lawyers filed an appeal on Friday. "The verdict ignored the evidence of three witnesses and must go."

Harrow faces a tough year. Polls show the city has turned against him. "This is the most competitive race in years."

Harrow said he would fight on. Asked about the polls, he smiled. "Polls do not vote on election day."
""")
    assert found == [(None, "The verdict ignored the evidence of three witnesses and must go."),
                     (None, "This is the most competitive race in years."),
                     ("John Harrow", "Polls do not vote on election day.")]


def test_a_topic_before_a_quoted_title_is_not_part_of_the_claim():
    found = quotes("""Budget: "We will not back down", says opposition leader Doe

Opposition leader Jane Doe said the budget would fail.
""")
    assert found == [("Jane Doe", "We will not back down")]


def test_a_role_subject_of_any_verb_in_the_past_is_what_he_points_to():
    found = quotes("""Transfer saga

Manager Luis Ortega confirmed that striker Kofi Mensah had asked to leave.

"Kofi came to my office and told me he wanted a new challenge," Ortega said.

Mensah's agent, Tom Briggs, said his client had been promised a new contract. "He was told one thing in March and
another in June," Briggs said.

The manager denied that. "Nobody promised anything," he said.
""")
    assert [who for who, _ in found] == ["Luis Ortega", "Tom Briggs", "Luis Ortega"]


def test_a_named_person_who_asks_in_reporting_speaks_the_question():
    found = [(k, who, t) for k, who, t, _ in texts("""Flood inquiry

Senator Maria Kellerman and Mayor John Harrow met residents on Tuesday.

At the meeting, Kellerman asked: "Why did nobody warn the residents before the water arrived?"

When asked about the delay, Harrow said: "We did what we could with the money we had."

In an interview with the Gazette, Harrow was asked: "Will you resign over the flood response?"
""") if k != "indirect"]
    assert found == [
        ("quote", "Maria Kellerman", "Why did nobody warn the residents before the water arrived?"),
        ("quote", "John Harrow", "We did what we could with the money we had."),
        ("question", None, "Will you resign over the flood response?")]


def test_straight_marks_beside_no_break_spaces():
    for line in (f'"We will rebuild every house in this town,"{NBSP}Harrow said.',
                 f'Harrow said:{NBSP}"We will rebuild every house in this town"',
                 f'"{NBSP}We will rebuild every house in this town{NBSP}", Harrow said.'):
        found = quotes(f"Rebuild\n\nMayor John Harrow spoke on Tuesday.\n\n{line}\n")
        assert found == [("John Harrow", "We will rebuild every house in this town")], line


def test_according_to_after_the_quotation():
    found = quotes("""Bridge works

Mayor John Harrow said the work would begin soon. "The contractor has been paid and the steel is on order," according
to a spokesman.

"The contractor has been paid twice for the same steel," according to Senator Maria Kellerman, who chairs the
committee.
""")
    assert found == [(None, "The contractor has been paid and the steel is on order"),
                     ("Maria Kellerman", "The contractor has been paid twice for the same steel")]


def test_a_short_paragraph_about_one_person_introduces_the_quotation_after_it():
    found = quotes("""Council votes on budget

Councillor Ahmed Rashid, who chairs the finance committee, opened the debate.

"This budget protects front-line services while balancing the books," he said.

Councillor Jennifer Walsh disagreed.

"It is honest about one thing: that this administration has given up on the libraries."

The council then voted on the library closures, the parking charges and the new leisure centre in Eastfield.

"We will fight this decision in every ward of the borough and at the next election."
""")
    assert found == [("Ahmed Rashid", "This budget protects front-line services while balancing the books"),
                     ("Jennifer Walsh", "It is honest about one thing: that this administration has given up on the "
                                        "libraries."),
                     (None, "We will fight this decision in every ward of the borough and at the next election.")]


def test_an_appositive_or_relative_clause_between_the_name_and_the_verb_before_a_quotation():
    found = quotes("""Mining bill sent back

Grace Mutua, a former mining minister who led the 2019 review, said on Tuesday that the bill had been rushed.

"Nobody consulted the counties.

"The people who breathe the dust will pay the price."

Kwabena Asiedu, who chairs the works committee, said the increase was unavoidable. "The utility is borrowing to
pay salaries."

Rachel Ndlovu, 41, a nurse, told reporters she would lose a shift.

"I cannot work from home."
""")
    assert found == [("Grace Mutua", 'Nobody consulted the counties.\n\n"The people who breathe the dust will pay the '
                                     'price.'),
                     ("Kwabena Asiedu", "The utility is borrowing to\npay salaries."),
                     ("Rachel Ndlovu", "I cannot work from home.")]


def test_an_appositive_does_not_reach_over_a_list_to_the_next_subject():
    found = quotes("""Mining bill sent back

The committee heard from Grace Mutua, a former minister, and Peter Otieno said the bill was rushed.

"Nobody consulted the counties at all."
""")
    assert found == [("Peter Otieno", "Nobody consulted the counties at all.")]


def test_a_partial_quotation_goes_to_the_subject_of_the_clause_it_ends():
    found = quotes("""Heat deaths

Minister Ramesh Choudhary and opposition leader Sunita Rathore toured Phalodi on Tuesday.

Choudhary, however, said the criticism was unfair, while Rathore described the cooling centres as "a press release,
not a policy".

Karen Whitfield said that the federal environment minister, Andrew Pike, had promised "a billion dollars for the
reef" in 2022.

Rathore said Choudhary had called the plan "a living document that we will improve".
""")
    assert found == [("Sunita Rathore", "a press release,\nnot a policy"),
                     ("Andrew Pike", "a billion dollars for the\nreef"),
                     ("Ramesh Choudhary", "a living document that we will improve")]


def test_attributions_in_the_middle_verb_first_present_tense_and_told_an_outlet():
    found = quotes("""Rail strike goes ahead

Transport Secretary Helen Marwood met the union's leader, Dev Patel, on Wednesday.

"We put a fair offer on the table," Marwood said, "but I will not ask taxpayers to fund it."

"Our members have had one pay rise in five years," said Patel.

Patel was in no mood to compromise. "If the operator wants the trains to run, it knows where to find us."

"Warm words do not pay the rent," Patel told the BBC.

Northline Rail's chief executive, Simon Ashworth, says the union has moved the goalposts. Ashworth says: "Every time
we get close, there is a new demand."

Ashworth told Reuters: "We have offered 4.5 percent."

"Every cedi goes into pipes and meters," says Esi Quansah, a director at the utility.
""")
    assert found == [("Helen Marwood", "We put a fair offer on the table"),
                     ("Helen Marwood", "but I will not ask taxpayers to fund it."),
                     ("Dev Patel", "Our members have had one pay rise in five years"),
                     ("Dev Patel", "If the operator wants the trains to run, it knows where to find us."),
                     ("Dev Patel", "Warm words do not pay the rent"),
                     ("Simon Ashworth", "Every time\nwe get close, there is a new demand."),
                     ("Simon Ashworth", "We have offered 4.5 percent."),
                     ("Esi Quansah", "Every cedi goes into pipes and meters")]


def test_she_added_after_a_paragraph_that_quotes_someone_else_in_passing():
    found = quotes("""Reef operators worried

Karen Whitfield, who runs dive trips out of Port Douglas, said bookings had fallen. "People see the white coral on
the news and they cancel," she said.

Her business partner, Mark Devlin, had called the reef plan "a waste of money" last year.

"We are still waiting for the first cheque," she added.
""")
    assert found == [("Karen Whitfield", "People see the white coral on\nthe news and they cancel"),
                     ("Mark Devlin", "a waste of money"),
                     ("Karen Whitfield", "We are still waiting for the first cheque")]


def test_a_dash_and_a_name_after_the_quotation_and_according_to_before_a_partial_one():
    found = quotes("""Talks in Seoul

President Lee Jae-myung met Ngozi Okonjo-Iweala, the trade organisation's director-general, on Monday.

"We share more than trade," Lee said.

"We have agreed on a road map" - Okonjo-Iweala.

According to Lee, the talks had "opened a new chapter in our friendship".

According to the statement, the alerts were sent "to every state office".
""")
    assert found == [("Lee Jae-myung", "We share more than trade"),
                     ("Ngozi Okonjo-Iweala", "We have agreed on a road map"),
                     ("Lee Jae-myung", "opened a new chapter in our friendship")]


def test_she_added_carries_on_after_another_woman_is_quoted_in_passing():
    found = quotes("""Ward closures

Joanne Whitecalf, who chairs the patients' alliance, said the closures would push patients into corridors. "It is a
disgrace," Whitecalf said.

Whitecalf noted that Health Minister Sarah Kowalchuk had promised "no closures on my watch" in 2024.

"We kept the clipping," she added.

Kowalchuk said the beds were moving. "Nobody is losing a bed," she said.

"The north wing opens in April," she added.
""")
    assert found == [("Joanne Whitecalf", "It is a\ndisgrace"),
                     ("Sarah Kowalchuk", "no closures on my watch"),
                     ("Joanne Whitecalf", "We kept the clipping"),
                     ("Sarah Kowalchuk", "Nobody is losing a bed"),
                     ("Sarah Kowalchuk", "The north wing opens in April")]


def test_a_job_in_lower_case_before_the_name_opening_the_sentence_before_a_quotation():
    found = quotes("""Ward closures

Opposition health critic Daniel Mercier was blunt. "The minister has broken her word and she knows it."

Police arrested John Smith on Monday. "He was calm and polite when we spoke to him."
""")
    assert found == [("Daniel Mercier", "The minister has broken her word and she knows it."),
                     (None, "He was calm and polite when we spoke to him.")]


def test_the_paragraph_before_ends_with_a_sentence_about_the_speaker_or_names_a_place_first():
    found = quotes("""Mining bill

Grace Mutua said the bill was rushed. She pointed to the findings of the 2019 review.

"Nobody consulted the counties at all."

Peter Otieno, the county governor, spoke in Voi on Saturday.

"The royalties will be spent in Nairobi."

Speaking at a rally in Mombasa, Halima Abdi, a senator, said: "A fifth of nothing is nothing."

Otieno said the bill was rushed. The review of 2019 was ignored.

"The counties were never asked about any of it."
""")
    assert found == [("Grace Mutua", "Nobody consulted the counties at all."),
                     ("Peter Otieno", "The royalties will be spent in Nairobi."),
                     ("Halima Abdi", "A fifth of nothing is nothing."),
                     (None, "The counties were never asked about any of it.")]


def test_an_aside_in_brackets_or_between_dashes_before_the_verb():
    found = quotes("""NHS plan

Health Secretary Amara Nwosu (pictured) said: "The money is there for every trust."

Shadow health secretary Tom Beale — a former GP who still works weekend shifts — said the promise was empty.

"I have heard this before, from four health secretaries in a row."

"Waiting lists are at a record high," Beale – who chairs the party's policy board – told the BBC.
""")
    assert found == [("Amara Nwosu", "The money is there for every trust."),
                     ("Tom Beale", "I have heard this before, from four health secretaries in a row."),
                     ("Tom Beale", "Waiting lists are at a record high")]


def test_whose_words_before_a_colon():
    found = quotes("""Mediation

Brazil's foreign minister, Mauro Vieira, arrived in Caracas on Monday.

Vieira's message was clear: "Brazil is ready to mediate, but not to take sides."

His verdict on the talks: "Difficult, but not hopeless."

For Vieira, the answer is simple: "Elections, observed by everyone who wants to observe them."

The ministry's message was blunt: "No comment on ongoing talks at this stage."
""")
    assert found == [("Mauro Vieira", "Brazil is ready to mediate, but not to take sides."),
                     ("Mauro Vieira", "Difficult, but not hopeless."),
                     ("Mauro Vieira", "Elections, observed by everyone who wants to observe them."),
                     (None, "No comment on ongoing talks at this stage.")]


def test_the_verb_first_then_a_description_and_the_person_it_names():
    found = quotes("""Vigil

Hundreds gathered in the square on Sunday night.

"We are here for the families, not for the politicians," said one of the organisers, Maria Lopez.

"Nobody from the council came," said a neighbour.
""")
    assert found == [("Maria Lopez", "We are here for the families, not for the politicians"),
                     (None, "Nobody from the council came")]


def test_a_job_ending_like_a_noun_for_a_person_and_for_name_the_test_is():
    found = quotes("""Caracas talks

Opposition negotiator Camila Reyes struck a different tone. "We have been here before, in 2019 and in 2023."

For Reyes, the test is simple: "Will the observers be allowed in before the vote, or not?"

Shortly after Diosdado Paredes arrived, the talks began. "The session will run late into the night, as usual."
""")
    assert found == [("Camila Reyes", "We have been here before, in 2019 and in 2023."),
                     ("Camila Reyes", "Will the observers be allowed in before the vote, or not?"),
                     (None, "The session will run late into the night, as usual.")]


def test_more_verbs_of_speech():
    found = quotes("""Budget

Finance Minister Ama Owusu presented the budget on Tuesday.

"Nonsense," scoffed opposition leader Kofi Badu. "It cuts every ministry except her own."

"We cannot spend money we do not have," Owusu reasoned.

"Then stop spending it on consultants," Badu shot back.
""")
    assert found == [("Kofi Badu", "Nonsense"), ("Kofi Badu", "It cuts every ministry except her own."),
                     ("Ama Owusu", "We cannot spend money we do not have"),
                     ("Kofi Badu", "Then stop spending it on consultants")]


def test_a_lead_in_with_a_relative_clause_is_short_without_it():
    found = quotes("""Council tax

Council leader Bridget O'Hara defended the rise on Tuesday.

Liberal Democrat councillor James Pryce, who sits on the budget committee, disagreed.

“The council’s own reserves could cover this year’s gap twice over.”
""")
    assert found == [("James Pryce", "The council’s own reserves could cover this year’s gap twice over.")]


def test_a_partial_quote_after_a_role_and_the_name_between_commas_goes_to_the_person():
    """`The local MSP, Name, called it ‘...’`: the person the commas hold, not the role before them."""
    found = quotes("""Council tax to rise by five per cent

By Moira Kerr

The council voted on Wednesday to raise council tax by five per cent from April.

The opposition group leader, Alasdair Munro, called the rise ‘a tax on families who are already struggling’ and said his group would table an amendment.

The local MSP, Kenneth Baird, described the budget as ‘the best of a bad set of choices’.
""")
    assert found == [("Alasdair Munro", "a tax on families who are already struggling"),
                     ("Kenneth Baird", "the best of a bad set of choices")]

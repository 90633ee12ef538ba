-- Cambodia's NIAP and its progress report to SC66, published as "SC66 Doc. 29 Annex 19"
-- (reporting period November 2014 - September 2015). Text as published, verbatim, including what the
-- Party left of the template (the instruction line in 1.2); see shared/docs/domain.md.
-- The pillar names come from Part B (Part C only printed "[Name]" placeholders). Action titles come from
-- Part B, with the asterisk the annex printed after some of them kept as the "marked" flag.
-- Action 5.2 is On track: Part C left "[PROGRESS RATING]" unfilled, but Part B and Part A
-- ("nine out of the thirteen actions ... on track") place it there.

insert into party (code, name) values ('KH', 'Cambodia');

insert into pillar (party_id, number, name)
select p.id, v.number, v.name
  from party p
  cross join (values
        (1, 'Legislation'),
        (2, 'Enforcement'),
        (3, 'Judiciary and prosecutions'),
        (4, 'Drivers and Prevention'),
        (5, 'Data reporting and analysis'),
        (6, 'Other')
       ) as v (number, name)
 where p.code = 'KH';

insert into niap_action (pillar_id, number, position, marked, title)
select pl.id, v.number, v.position, v.marked, v.title
  from pillar pl
  join party p on p.id = pl.party_id and p.code = 'KH'
  join (values
        (1, '1.1', 1, true,
         'Revise the Government Prakas (proclamation) No. 020 PR. MAFF on Classification and List of Wildlife Species, to include African elephants on the list of Endangered species'),
        (1, '1.2', 2, true,
         'Issue a Ministerial proclamation on the management of ivory seizures'),
        (2, '2.1', 1, true,
         'Establish a specialised Wildlife Crime Investigation unit within the FA to focus on combating illegal trade and trafficking of wildlife from within and outside of Cambodia'),
        (2, '2.2', 2, false,
         'Determine ways in which inter-agency cooperation could be increased to combat wildlife crime'),
        (2, '2.3', 3, true,
         'Enhance awareness and capacity of Customs and other relevant agencies of wildlife trafficking'),
        (2, '2.4', 4, true,
         'Establish a system for management of ivory seizures'),
        (2, '2.5', 5, true,
         'Increase cooperation with other countries on wildlife crime investigations and enforcement operations'),
        (3, '3.1', 1, true,
         'Increase awareness of the seriousness of wildlife crime amongst prosecutors and judiciary'),
        (3, '3.2', 2, true,
         'Increase the capacity of FA officials in wildlife crime investigations to help increase the rate of prosecutions for wildlife crime'),
        (4, '4.1', 1, true,
         'Develop a national conservation action plan to conserve elephants in Cambodia, including anti-poaching and anti-trafficking efforts'),
        (5, '5.1', 1, false,
         'Regular reporting and information sharing with relevant agencies'),
        (5, '5.2', 2, false,
         'Explore sharing of intelligence related to wildlife crimes through international mechanisms'),
        (6, '6.1', 1, false,
         'Explore implementation of the ICCWC Wildlife and Forest Crime Analytic Toolkit in Cambodia')
       ) as v (pillar, number, position, marked, title) on v.pillar = pl.number;

insert into reporting_period (party_id, meeting_id, status, document_ref, annex_ref, language_line, group_heading,
                              period_start, period_end, prepared_by, synopsis, progress_to_date, future_outlook)
select p.id, m.id, 'PUBLISHED', 'SC66 Doc. 29', 'Annex 19',
       '(English only / únicamente en inglés / seulement en anglais)',
       'Parties of ‘secondary concern’ and ‘importance to watch’',
       date '2014-11-01', date '2015-09-01',
       'Heng Kimchhay, National Ivory Action Plan focal point for Cambodia',
       'Overall, the implementation of the NIAP is largely on track, with some activities slightly delayed due to a lack of funding. We have recently secured some funding for the implementation of objectives 1.1, 1.2, 2.4, 2.5, 3.1 and 5.1 and continue to seek funding for implementation of the remaining activities that require it, as indicated in the NIAP.',
       'Nine out of the thirteen actions are rated as on track and two are substantially achieved, with two rated as challenging. Much of the actions are due to commence or be completed within the next 6-12 months.

A key achievement during this period has been the development of the national conservation action plan and the first meeting with Vietnam at the provincial level, to develop cooperation for wildlife crime investigations and law enforcement.

A lack of funding and difficulties coordinating with other agencies has caused some delays with the implementation of activities 1.1, 1.2, 2.4 and 3.1 but these activities are on track to be initiated or completed within the next 6-12 months.',
       'Implementation of activity 1.1, 1.2, 2.4, 2.5 has been initiated and 4.1 has been substantially achieved.

We expect to have completed the revision of the Government Prakas 020 PR. MAFF to include African elephants and rhinoceroses on the list of Endangered species within the next 6-12 months.

We are currently reviewing the Stop Ivory protocol for conducting inventories and anticipate that we may adopt this protocol for establishing, registering, inventorying and managing ivory seizures in Cambodia, pending approval from the Minister of MAFF and collaboration with the General Department of Customs and Excise.

We are currently planning the first workshop in Cambodia for prosecutors and judiciary to raise awareness and discuss solutions for increasing prosecutions and sentencing for wildlife crimes, and we have begun increasing cooperation with other countries, especially Vietnam, to develop cooperation on wildlife crimes and law enforcement.

We are seeking additional funding with support from our NGO partners for the implementation of the following activities: 2.1, 2.3, 2.4, 2.5, 3.2.'
  from party p, meeting m
 where p.code = 'KH' and m.code = 'SC66';

insert into evaluation (reporting_period_id, action_id, progress_rating_id, progress_points)
select rp.id, a.id, pr.id, v.points
  from reporting_period rp
  join party p on p.id = rp.party_id and p.code = 'KH'
  join meeting m on m.id = rp.meeting_id and m.code = 'SC66'
  join pillar pl on pl.party_id = p.id
  join niap_action a on a.pillar_id = pl.id
  join (values
        ('1.1', 'ON_TRACK', array[
            'Consultations have been held within FA and drafting of the Prakas has begun.',
            'Within the next 3 months we will hold consultation workshops with relevant NGOs and other government departments, and within 6 months the draft of the Prakas will be reviewed by MAFF.',
            'Overall, progress is running a bit behind schedule but we anticipate completion of this action within 12 months'
        ]),
        ('1.2', 'CHALLENGING', array[
            'We are currently reviewing the Stop Ivory protocol for planning and conducting ivory inventories',
            'The next step is to meet with the General Department of Customs and Excise to discuss the management of ivory seizures and conducting an ivory inventory',
            'Progress summary – if required, note significant achievements, any upcoming challenges or concerns and/or important next steps to complete.',
            'Overall, progress has been delayed due to difficulties coordinating with Customs'
        ]),
        ('2.1', 'ON_TRACK', array[
            'No implementation to date. Implementation is not due to begin until October 2015.'
        ]),
        ('2.2', 'ON_TRACK', array[
            'No implementation to date, implementation is not due to begin until 2016.'
        ]),
        ('2.3', 'ON_TRACK', array[
            'No implementation to date, implementation is not due to begin until 2016',
            'We are currently seeking funding to implement this activity'
        ]),
        ('2.4', 'CHALLENGING', array[
            'We are currently reviewing the Stop Ivory protocol for planning and conducting ivory inventories',
            'The next step is to meet with the General Department of Customs and Excise to discuss the management of ivory seizures and conducting an ivory inventory',
            'Overall, progress has been delayed due to difficulties coordinating with Customs'
        ]),
        ('2.5', 'ON_TRACK', array[
            'One provincial meeting has been held to date between Vietnam and Cambodia to further develop cross-border collaboration for wildlife crime and law enforcement',
            'Overall, progress is on track',
            'Another meeting is planned within the next 6-9 months to further develop collaborative efforts'
        ]),
        ('3.1', 'ON_TRACK', array[
            'No implementation to date but we have begun planning this activity.',
            'This activity is a little delayed due to lack of funding but we anticipate to have completed this activity within the next 6-9 months'
        ]),
        ('3.2', 'ON_TRACK', array[
            'No progress to date.',
            'Implementation is not due to begin until January 2016.'
        ]),
        ('4.1', 'SUBSTANTIALLY_ACHIEVED', array[
            'Local level consultations with relevant stakeholders have been held',
            'The national action plan has been drafted and national level consultations have been held',
            'The next step is to finalise the action plan and submit it to the ministries for approval'
        ]),
        ('5.1', 'ON_TRACK', array[
            'Reports are completed and submitted as required'
        ]),
        ('5.2', 'ON_TRACK', array[
            'No progress to date. Implementation is not due to begin until November 2015.'
        ]),
        ('6.1', 'SUBSTANTIALLY_ACHIEVED', array[
            'The Ivory action Plan has already committed the Forestry Administration to implement several of these measures by the end of 2016, including changes to or new legislation, enhancement of enforcement capacity and inter-agency coordination, raised awareness of the prosecution and judiciary of the seriousness of wildlife and forest crime, and strengthened information sharing between agencies and countries. We therefore do not at the present see the need to implement the toolkit in Cambodia.'
        ])
       ) as v (number, rating, points) on v.number = a.number
  join progress_rating pr on pr.rating_scale_id = m.rating_scale_id and pr.code = v.rating;

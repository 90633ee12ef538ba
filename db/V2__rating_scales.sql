-- Reference data: the rating scales of the Secretariat's report templates.
insert into rating_scale (code, description) values
    ('SC65', 'Progress ratings of the SC65 and SC66 report template (four ratings)'),
    ('SC69', 'Progress ratings of the SC69 and SC70 documents (six ratings)');

insert into progress_rating (rating_scale_id, code, label, position)
select s.id, r.code, r.label, r.position
  from rating_scale s
  join (values
        ('SC65', 'SUBSTANTIALLY_ACHIEVED', 'Substantially achieved', 1),
        ('SC65', 'ON_TRACK', 'On track', 2),
        ('SC65', 'CHALLENGING', 'Challenging', 3),
        ('SC65', 'UNCLEAR', 'Unclear', 4),
        ('SC69', 'ACHIEVED', 'Achieved', 1),
        ('SC69', 'SUBSTANTIALLY_ACHIEVED', 'Substantially achieved', 2),
        ('SC69', 'ON_TRACK', 'On track', 3),
        ('SC69', 'PARTIAL_PROGRESS', 'Partial progress', 4),
        ('SC69', 'PENDING_OTHER_ACTION', 'Pending completion of another action', 5),
        ('SC69', 'NOT_COMMENCED', 'Not commenced', 6)
       ) as r (scale, code, label, position) on r.scale = s.code;

-- The 66th meeting of the Standing Committee (Geneva, 11-15 January 2016) used the four-rating template.
insert into meeting (code, number, starts_on, rating_scale_id)
select 'SC66', 66, date '2016-01-11', id from rating_scale where code = 'SC65';

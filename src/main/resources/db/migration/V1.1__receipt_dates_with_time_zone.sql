-- Receipt dates may carry seconds and a UTC offset (as E2B(R3) files send them): 2022-06-14T10:10:10-05:00.
alter table safety_case alter column first_received set data type varchar(40);
alter table safety_case alter column most_recent_received set data type varchar(40);
alter table safety_case_aud alter column first_received set data type varchar(40);
alter table safety_case_aud alter column most_recent_received set data type varchar(40);

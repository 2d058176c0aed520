-- Finding a beneficiary by name (POST /beneficiaries/search with a name): the names without accents
-- or case, each word after a space, as NameSearch.indexed makes them for every new beneficiary. Rows
-- registered before get the same from the common accented letters of Belgian names.
ALTER TABLE beneficiary ADD COLUMN search_name VARCHAR(1000);

UPDATE beneficiary
SET search_name = ' ' || btrim(regexp_replace(
        lower(translate(first_name || ' ' || last_name,
                         'àáâãäåçèéêëìíîïñòóôõöùúûüýÿÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝ',
                         'aaaaaaceeeeiiiinooooouuuuyyAAAAAACEEEEIIIINOOOOOUUUUY')),
        '[^a-z0-9]+', ' ', 'g'));

ALTER TABLE beneficiary ALTER COLUMN search_name SET NOT NULL;

-- Contract lists run in (end_date, id) order within a CPAS: "ending within N days" and keyset paging.
CREATE INDEX contract_by_cpas_end_date ON contract (cpas, end_date, id);
CREATE INDEX contract_by_cpas_referent ON contract (cpas, referent_worker, end_date, id);

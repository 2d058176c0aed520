-- The delay from each ContractSigned written in contracts-service's outbox to the moment evaluation-service's
-- consumer wrote that event's inbox entry, the transaction that plans its evaluations; both times are the
-- database server's clock. Run in evaluation-service's database, with the signed events loaded into signed.
SELECT count(*) AS events,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY lag_ms)::numeric, 1) AS p50,
       round(percentile_cont(0.99) WITHIN GROUP (ORDER BY lag_ms)::numeric, 1) AS p99,
       round(max(lag_ms)::numeric, 1) AS max
FROM (SELECT extract(epoch FROM inbox.processed_at - signed.recorded_at) * 1000 AS lag_ms
      FROM signed JOIN inbox_message inbox ON inbox.event_id = signed.event_id
      WHERE inbox.consumer = 'evaluation-service.contract-events') lags;

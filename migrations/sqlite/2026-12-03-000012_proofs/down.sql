DROP TABLE proofs;

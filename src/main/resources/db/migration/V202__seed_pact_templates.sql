-- Version 1 of the pakta integritas for the seeded elections: the four commitments that the
-- regional pacts of 2022-2024 share, in our own words, valid over each election's incident window.
INSERT INTO pact_template (election_id, template_version, title, valid_from, valid_to, created_by)
SELECT id, 1, 'Pakta Integritas Netralitas Aparatur Sipil Negara', incident_window_start, incident_window_end, 'seed'
FROM election WHERE code IN ('PEMILU-2024', 'PILKADA-2024');

INSERT INTO pact_template_commitment (template_id, list_index, commitment_text)
SELECT t.id, 0, 'Menjaga netralitas dalam menjalankan tugas pelayanan publik sebelum, selama, dan sesudah penyelenggaraan pemilihan.'
FROM pact_template t JOIN election e ON e.id = t.election_id WHERE e.code IN ('PEMILU-2024', 'PILKADA-2024') AND t.template_version = 1;
INSERT INTO pact_template_commitment (template_id, list_index, commitment_text)
SELECT t.id, 1, 'Menghindari konflik kepentingan, tidak mengintimidasi atau mengancam ASN maupun masyarakat, dan tidak memihak pasangan calon mana pun.'
FROM pact_template t JOIN election e ON e.id = t.election_id WHERE e.code IN ('PEMILU-2024', 'PILKADA-2024') AND t.template_version = 1;
INSERT INTO pact_template_commitment (template_id, list_index, commitment_text)
SELECT t.id, 2, 'Menggunakan media sosial secara bijak: tidak untuk kepentingan calon mana pun, tanpa ujaran kebencian dan berita bohong.'
FROM pact_template t JOIN election e ON e.id = t.election_id WHERE e.code IN ('PEMILU-2024', 'PILKADA-2024') AND t.template_version = 1;
INSERT INTO pact_template_commitment (template_id, list_index, commitment_text)
SELECT t.id, 3, 'Menolak politik uang dan pemberian dalam bentuk apa pun.'
FROM pact_template t JOIN election e ON e.id = t.election_id WHERE e.code IN ('PEMILU-2024', 'PILKADA-2024') AND t.template_version = 1;

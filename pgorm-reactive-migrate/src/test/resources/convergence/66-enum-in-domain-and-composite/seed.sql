INSERT INTO r VALUES (1, 'low', ROW('mid', '2024-01-01'), 'high');

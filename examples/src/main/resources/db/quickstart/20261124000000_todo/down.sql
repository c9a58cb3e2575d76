-- Undoes 20261124000000_todo: the todo table and the change-log objects its @@notify needs.
DROP TABLE public.todo;
DROP TABLE pgorm.change_consumer;
DROP TABLE pgorm.change_log;
DROP FUNCTION pgorm.capture_change();
DROP SCHEMA pgorm;

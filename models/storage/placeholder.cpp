// storage sources arrive with the Database class

namespace InnovationNetwork.Storage.Sqlite;

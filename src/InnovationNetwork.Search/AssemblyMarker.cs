namespace InnovationNetwork.Search;

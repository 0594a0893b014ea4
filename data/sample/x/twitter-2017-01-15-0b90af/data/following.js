window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "700030292",
      "userLink" : "https://twitter.com/intent/user?user_id=700030292"
    }
  },
  {
    "following" : {
      "accountId" : "700076450",
      "userLink" : "https://twitter.com/intent/user?user_id=700076450"
    }
  },
  {
    "following" : {
      "accountId" : "700112696",
      "userLink" : "https://twitter.com/intent/user?user_id=700112696"
    }
  },
  {
    "following" : {
      "accountId" : "700029907",
      "userLink" : "https://twitter.com/intent/user?user_id=700029907"
    }
  },
  {
    "following" : {
      "accountId" : "700150167",
      "userLink" : "https://twitter.com/intent/user?user_id=700150167"
    }
  },
  {
    "following" : {
      "accountId" : "700112647",
      "userLink" : "https://twitter.com/intent/user?user_id=700112647"
    }
  },
  {
    "following" : {
      "accountId" : "700099144",
      "userLink" : "https://twitter.com/intent/user?user_id=700099144"
    }
  },
  {
    "following" : {
      "accountId" : "700161206",
      "userLink" : "https://twitter.com/intent/user?user_id=700161206"
    }
  },
  {
    "following" : {
      "accountId" : "700151280",
      "userLink" : "https://twitter.com/intent/user?user_id=700151280"
    }
  },
  {
    "following" : {
      "accountId" : "700099060",
      "userLink" : "https://twitter.com/intent/user?user_id=700099060"
    }
  },
  {
    "following" : {
      "accountId" : "700132261",
      "userLink" : "https://twitter.com/intent/user?user_id=700132261"
    }
  },
  {
    "following" : {
      "accountId" : "700098703",
      "userLink" : "https://twitter.com/intent/user?user_id=700098703"
    }
  },
  {
    "following" : {
      "accountId" : "700082778",
      "userLink" : "https://twitter.com/intent/user?user_id=700082778"
    }
  },
  {
    "following" : {
      "accountId" : "700036823",
      "userLink" : "https://twitter.com/intent/user?user_id=700036823"
    }
  },
  {
    "following" : {
      "accountId" : "700154493",
      "userLink" : "https://twitter.com/intent/user?user_id=700154493"
    }
  },
  {
    "following" : {
      "accountId" : "700157587",
      "userLink" : "https://twitter.com/intent/user?user_id=700157587"
    }
  },
  {
    "following" : {
      "accountId" : "700021087",
      "userLink" : "https://twitter.com/intent/user?user_id=700021087"
    }
  },
  {
    "following" : {
      "accountId" : "700138876",
      "userLink" : "https://twitter.com/intent/user?user_id=700138876"
    }
  },
  {
    "following" : {
      "accountId" : "700141137",
      "userLink" : "https://twitter.com/intent/user?user_id=700141137"
    }
  },
  {
    "following" : {
      "accountId" : "700110484",
      "userLink" : "https://twitter.com/intent/user?user_id=700110484"
    }
  },
  {
    "following" : {
      "accountId" : "700151420",
      "userLink" : "https://twitter.com/intent/user?user_id=700151420"
    }
  },
  {
    "following" : {
      "accountId" : "700057361",
      "userLink" : "https://twitter.com/intent/user?user_id=700057361"
    }
  },
  {
    "following" : {
      "accountId" : "700010804",
      "userLink" : "https://twitter.com/intent/user?user_id=700010804"
    }
  },
  {
    "following" : {
      "accountId" : "700106081",
      "userLink" : "https://twitter.com/intent/user?user_id=700106081"
    }
  },
  {
    "following" : {
      "accountId" : "700018070",
      "userLink" : "https://twitter.com/intent/user?user_id=700018070"
    }
  },
  {
    "following" : {
      "accountId" : "700097905",
      "userLink" : "https://twitter.com/intent/user?user_id=700097905"
    }
  },
  {
    "following" : {
      "accountId" : "700001039",
      "userLink" : "https://twitter.com/intent/user?user_id=700001039"
    }
  },
  {
    "following" : {
      "accountId" : "700012911",
      "userLink" : "https://twitter.com/intent/user?user_id=700012911"
    }
  },
  {
    "following" : {
      "accountId" : "700113200",
      "userLink" : "https://twitter.com/intent/user?user_id=700113200"
    }
  },
  {
    "following" : {
      "accountId" : "700158896",
      "userLink" : "https://twitter.com/intent/user?user_id=700158896"
    }
  },
  {
    "following" : {
      "accountId" : "700056038",
      "userLink" : "https://twitter.com/intent/user?user_id=700056038"
    }
  },
  {
    "following" : {
      "accountId" : "700120900",
      "userLink" : "https://twitter.com/intent/user?user_id=700120900"
    }
  },
  {
    "following" : {
      "accountId" : "700010916",
      "userLink" : "https://twitter.com/intent/user?user_id=700010916"
    }
  },
  {
    "following" : {
      "accountId" : "700031608",
      "userLink" : "https://twitter.com/intent/user?user_id=700031608"
    }
  },
  {
    "following" : {
      "accountId" : "700043907",
      "userLink" : "https://twitter.com/intent/user?user_id=700043907"
    }
  },
  {
    "following" : {
      "accountId" : "700146471",
      "userLink" : "https://twitter.com/intent/user?user_id=700146471"
    }
  },
  {
    "following" : {
      "accountId" : "700051873",
      "userLink" : "https://twitter.com/intent/user?user_id=700051873"
    }
  },
  {
    "following" : {
      "accountId" : "700148102",
      "userLink" : "https://twitter.com/intent/user?user_id=700148102"
    }
  },
  {
    "following" : {
      "accountId" : "700066034",
      "userLink" : "https://twitter.com/intent/user?user_id=700066034"
    }
  },
  {
    "following" : {
      "accountId" : "700082435",
      "userLink" : "https://twitter.com/intent/user?user_id=700082435"
    }
  },
  {
    "following" : {
      "accountId" : "700044782",
      "userLink" : "https://twitter.com/intent/user?user_id=700044782"
    }
  },
  {
    "following" : {
      "accountId" : "700111219",
      "userLink" : "https://twitter.com/intent/user?user_id=700111219"
    }
  },
  {
    "following" : {
      "accountId" : "700112899",
      "userLink" : "https://twitter.com/intent/user?user_id=700112899"
    }
  },
  {
    "following" : {
      "accountId" : "700108573",
      "userLink" : "https://twitter.com/intent/user?user_id=700108573"
    }
  },
  {
    "following" : {
      "accountId" : "700028892",
      "userLink" : "https://twitter.com/intent/user?user_id=700028892"
    }
  },
  {
    "following" : {
      "accountId" : "700027016",
      "userLink" : "https://twitter.com/intent/user?user_id=700027016"
    }
  },
  {
    "following" : {
      "accountId" : "700008746",
      "userLink" : "https://twitter.com/intent/user?user_id=700008746"
    }
  },
  {
    "following" : {
      "accountId" : "700055898",
      "userLink" : "https://twitter.com/intent/user?user_id=700055898"
    }
  },
  {
    "following" : {
      "accountId" : "700115727",
      "userLink" : "https://twitter.com/intent/user?user_id=700115727"
    }
  },
  {
    "following" : {
      "accountId" : "700136944",
      "userLink" : "https://twitter.com/intent/user?user_id=700136944"
    }
  },
  {
    "following" : {
      "accountId" : "700045930",
      "userLink" : "https://twitter.com/intent/user?user_id=700045930"
    }
  },
  {
    "following" : {
      "accountId" : "700019463",
      "userLink" : "https://twitter.com/intent/user?user_id=700019463"
    }
  },
  {
    "following" : {
      "accountId" : "700160751",
      "userLink" : "https://twitter.com/intent/user?user_id=700160751"
    }
  },
  {
    "following" : {
      "accountId" : "700017720",
      "userLink" : "https://twitter.com/intent/user?user_id=700017720"
    }
  },
  {
    "following" : {
      "accountId" : "700033120",
      "userLink" : "https://twitter.com/intent/user?user_id=700033120"
    }
  },
  {
    "following" : {
      "accountId" : "700076317",
      "userLink" : "https://twitter.com/intent/user?user_id=700076317"
    }
  },
  {
    "following" : {
      "accountId" : "700101328",
      "userLink" : "https://twitter.com/intent/user?user_id=700101328"
    }
  },
  {
    "following" : {
      "accountId" : "700137882",
      "userLink" : "https://twitter.com/intent/user?user_id=700137882"
    }
  },
  {
    "following" : {
      "accountId" : "700084381",
      "userLink" : "https://twitter.com/intent/user?user_id=700084381"
    }
  },
  {
    "following" : {
      "accountId" : "700066713",
      "userLink" : "https://twitter.com/intent/user?user_id=700066713"
    }
  },
  {
    "following" : {
      "accountId" : "700114677",
      "userLink" : "https://twitter.com/intent/user?user_id=700114677"
    }
  },
  {
    "following" : {
      "accountId" : "700016999",
      "userLink" : "https://twitter.com/intent/user?user_id=700016999"
    }
  },
  {
    "following" : {
      "accountId" : "700113109",
      "userLink" : "https://twitter.com/intent/user?user_id=700113109"
    }
  },
  {
    "following" : {
      "accountId" : "700075414",
      "userLink" : "https://twitter.com/intent/user?user_id=700075414"
    }
  },
  {
    "following" : {
      "accountId" : "700080083",
      "userLink" : "https://twitter.com/intent/user?user_id=700080083"
    }
  },
  {
    "following" : {
      "accountId" : "700128327",
      "userLink" : "https://twitter.com/intent/user?user_id=700128327"
    }
  },
  {
    "following" : {
      "accountId" : "700046133",
      "userLink" : "https://twitter.com/intent/user?user_id=700046133"
    }
  },
  {
    "following" : {
      "accountId" : "700034940",
      "userLink" : "https://twitter.com/intent/user?user_id=700034940"
    }
  },
  {
    "following" : {
      "accountId" : "700117561",
      "userLink" : "https://twitter.com/intent/user?user_id=700117561"
    }
  },
  {
    "following" : {
      "accountId" : "700135537",
      "userLink" : "https://twitter.com/intent/user?user_id=700135537"
    }
  },
  {
    "following" : {
      "accountId" : "700119346",
      "userLink" : "https://twitter.com/intent/user?user_id=700119346"
    }
  },
  {
    "following" : {
      "accountId" : "700023229",
      "userLink" : "https://twitter.com/intent/user?user_id=700023229"
    }
  },
  {
    "following" : {
      "accountId" : "700145988",
      "userLink" : "https://twitter.com/intent/user?user_id=700145988"
    }
  },
  {
    "following" : {
      "accountId" : "700041226",
      "userLink" : "https://twitter.com/intent/user?user_id=700041226"
    }
  },
  {
    "following" : {
      "accountId" : "700123245",
      "userLink" : "https://twitter.com/intent/user?user_id=700123245"
    }
  },
  {
    "following" : {
      "accountId" : "700099228",
      "userLink" : "https://twitter.com/intent/user?user_id=700099228"
    }
  },
  {
    "following" : {
      "accountId" : "700003713",
      "userLink" : "https://twitter.com/intent/user?user_id=700003713"
    }
  },
  {
    "following" : {
      "accountId" : "700017118",
      "userLink" : "https://twitter.com/intent/user?user_id=700017118"
    }
  },
  {
    "following" : {
      "accountId" : "700087174",
      "userLink" : "https://twitter.com/intent/user?user_id=700087174"
    }
  },
  {
    "following" : {
      "accountId" : "700083338",
      "userLink" : "https://twitter.com/intent/user?user_id=700083338"
    }
  },
  {
    "following" : {
      "accountId" : "700084108",
      "userLink" : "https://twitter.com/intent/user?user_id=700084108"
    }
  },
  {
    "following" : {
      "accountId" : "700154248",
      "userLink" : "https://twitter.com/intent/user?user_id=700154248"
    }
  },
  {
    "following" : {
      "accountId" : "700142908",
      "userLink" : "https://twitter.com/intent/user?user_id=700142908"
    }
  },
  {
    "following" : {
      "accountId" : "700158805",
      "userLink" : "https://twitter.com/intent/user?user_id=700158805"
    }
  },
  {
    "following" : {
      "accountId" : "700077731",
      "userLink" : "https://twitter.com/intent/user?user_id=700077731"
    }
  },
  {
    "following" : {
      "accountId" : "700008921",
      "userLink" : "https://twitter.com/intent/user?user_id=700008921"
    }
  },
  {
    "following" : {
      "accountId" : "700071417",
      "userLink" : "https://twitter.com/intent/user?user_id=700071417"
    }
  },
  {
    "following" : {
      "accountId" : "700057795",
      "userLink" : "https://twitter.com/intent/user?user_id=700057795"
    }
  },
  {
    "following" : {
      "accountId" : "700016124",
      "userLink" : "https://twitter.com/intent/user?user_id=700016124"
    }
  },
  {
    "following" : {
      "accountId" : "700098906",
      "userLink" : "https://twitter.com/intent/user?user_id=700098906"
    }
  },
  {
    "following" : {
      "accountId" : "700042101",
      "userLink" : "https://twitter.com/intent/user?user_id=700042101"
    }
  },
  {
    "following" : {
      "accountId" : "700051250",
      "userLink" : "https://twitter.com/intent/user?user_id=700051250"
    }
  },
  {
    "following" : {
      "accountId" : "700001067",
      "userLink" : "https://twitter.com/intent/user?user_id=700001067"
    }
  },
  {
    "following" : {
      "accountId" : "700149880",
      "userLink" : "https://twitter.com/intent/user?user_id=700149880"
    }
  },
  {
    "following" : {
      "accountId" : "700129132",
      "userLink" : "https://twitter.com/intent/user?user_id=700129132"
    }
  },
  {
    "following" : {
      "accountId" : "700084024",
      "userLink" : "https://twitter.com/intent/user?user_id=700084024"
    }
  },
  {
    "following" : {
      "accountId" : "700008648",
      "userLink" : "https://twitter.com/intent/user?user_id=700008648"
    }
  },
  {
    "following" : {
      "accountId" : "700097303",
      "userLink" : "https://twitter.com/intent/user?user_id=700097303"
    }
  },
  {
    "following" : {
      "accountId" : "700127382",
      "userLink" : "https://twitter.com/intent/user?user_id=700127382"
    }
  },
  {
    "following" : {
      "accountId" : "700054190",
      "userLink" : "https://twitter.com/intent/user?user_id=700054190"
    }
  },
  {
    "following" : {
      "accountId" : "700117204",
      "userLink" : "https://twitter.com/intent/user?user_id=700117204"
    }
  },
  {
    "following" : {
      "accountId" : "700076807",
      "userLink" : "https://twitter.com/intent/user?user_id=700076807"
    }
  },
  {
    "following" : {
      "accountId" : "700001774",
      "userLink" : "https://twitter.com/intent/user?user_id=700001774"
    }
  },
  {
    "following" : {
      "accountId" : "700131708",
      "userLink" : "https://twitter.com/intent/user?user_id=700131708"
    }
  },
  {
    "following" : {
      "accountId" : "700004490",
      "userLink" : "https://twitter.com/intent/user?user_id=700004490"
    }
  },
  {
    "following" : {
      "accountId" : "700026071",
      "userLink" : "https://twitter.com/intent/user?user_id=700026071"
    }
  },
  {
    "following" : {
      "accountId" : "700041723",
      "userLink" : "https://twitter.com/intent/user?user_id=700041723"
    }
  },
  {
    "following" : {
      "accountId" : "700006989",
      "userLink" : "https://twitter.com/intent/user?user_id=700006989"
    }
  },
  {
    "following" : {
      "accountId" : "700154472",
      "userLink" : "https://twitter.com/intent/user?user_id=700154472"
    }
  },
  {
    "following" : {
      "accountId" : "700067770",
      "userLink" : "https://twitter.com/intent/user?user_id=700067770"
    }
  },
  {
    "following" : {
      "accountId" : "700091346",
      "userLink" : "https://twitter.com/intent/user?user_id=700091346"
    }
  },
  {
    "following" : {
      "accountId" : "700079691",
      "userLink" : "https://twitter.com/intent/user?user_id=700079691"
    }
  },
  {
    "following" : {
      "accountId" : "700028654",
      "userLink" : "https://twitter.com/intent/user?user_id=700028654"
    }
  },
  {
    "following" : {
      "accountId" : "700153527",
      "userLink" : "https://twitter.com/intent/user?user_id=700153527"
    }
  },
  {
    "following" : {
      "accountId" : "700154087",
      "userLink" : "https://twitter.com/intent/user?user_id=700154087"
    }
  },
  {
    "following" : {
      "accountId" : "700124148",
      "userLink" : "https://twitter.com/intent/user?user_id=700124148"
    }
  },
  {
    "following" : {
      "accountId" : "700089771",
      "userLink" : "https://twitter.com/intent/user?user_id=700089771"
    }
  },
  {
    "following" : {
      "accountId" : "700114047",
      "userLink" : "https://twitter.com/intent/user?user_id=700114047"
    }
  },
  {
    "following" : {
      "accountId" : "700050214",
      "userLink" : "https://twitter.com/intent/user?user_id=700050214"
    }
  },
  {
    "following" : {
      "accountId" : "700063815",
      "userLink" : "https://twitter.com/intent/user?user_id=700063815"
    }
  },
  {
    "following" : {
      "accountId" : "700001865",
      "userLink" : "https://twitter.com/intent/user?user_id=700001865"
    }
  },
  {
    "following" : {
      "accountId" : "700127984",
      "userLink" : "https://twitter.com/intent/user?user_id=700127984"
    }
  },
  {
    "following" : {
      "accountId" : "700124533",
      "userLink" : "https://twitter.com/intent/user?user_id=700124533"
    }
  },
  {
    "following" : {
      "accountId" : "700065488",
      "userLink" : "https://twitter.com/intent/user?user_id=700065488"
    }
  },
  {
    "following" : {
      "accountId" : "700023691",
      "userLink" : "https://twitter.com/intent/user?user_id=700023691"
    }
  },
  {
    "following" : {
      "accountId" : "700020492",
      "userLink" : "https://twitter.com/intent/user?user_id=700020492"
    }
  },
  {
    "following" : {
      "accountId" : "700134277",
      "userLink" : "https://twitter.com/intent/user?user_id=700134277"
    }
  },
  {
    "following" : {
      "accountId" : "700010251",
      "userLink" : "https://twitter.com/intent/user?user_id=700010251"
    }
  },
  {
    "following" : {
      "accountId" : "700158560",
      "userLink" : "https://twitter.com/intent/user?user_id=700158560"
    }
  },
  {
    "following" : {
      "accountId" : "700030026",
      "userLink" : "https://twitter.com/intent/user?user_id=700030026"
    }
  },
  {
    "following" : {
      "accountId" : "700135208",
      "userLink" : "https://twitter.com/intent/user?user_id=700135208"
    }
  },
  {
    "following" : {
      "accountId" : "700131253",
      "userLink" : "https://twitter.com/intent/user?user_id=700131253"
    }
  },
  {
    "following" : {
      "accountId" : "700091171",
      "userLink" : "https://twitter.com/intent/user?user_id=700091171"
    }
  },
  {
    "following" : {
      "accountId" : "700131113",
      "userLink" : "https://twitter.com/intent/user?user_id=700131113"
    }
  },
  {
    "following" : {
      "accountId" : "700044726",
      "userLink" : "https://twitter.com/intent/user?user_id=700044726"
    }
  },
  {
    "following" : {
      "accountId" : "700015277",
      "userLink" : "https://twitter.com/intent/user?user_id=700015277"
    }
  },
  {
    "following" : {
      "accountId" : "700076681",
      "userLink" : "https://twitter.com/intent/user?user_id=700076681"
    }
  },
  {
    "following" : {
      "accountId" : "700098409",
      "userLink" : "https://twitter.com/intent/user?user_id=700098409"
    }
  },
  {
    "following" : {
      "accountId" : "700155795",
      "userLink" : "https://twitter.com/intent/user?user_id=700155795"
    }
  },
  {
    "following" : {
      "accountId" : "700150160",
      "userLink" : "https://twitter.com/intent/user?user_id=700150160"
    }
  },
  {
    "following" : {
      "accountId" : "700161192",
      "userLink" : "https://twitter.com/intent/user?user_id=700161192"
    }
  },
  {
    "following" : {
      "accountId" : "700004105",
      "userLink" : "https://twitter.com/intent/user?user_id=700004105"
    }
  },
  {
    "following" : {
      "accountId" : "700026092",
      "userLink" : "https://twitter.com/intent/user?user_id=700026092"
    }
  },
  {
    "following" : {
      "accountId" : "700025637",
      "userLink" : "https://twitter.com/intent/user?user_id=700025637"
    }
  },
  {
    "following" : {
      "accountId" : "700062198",
      "userLink" : "https://twitter.com/intent/user?user_id=700062198"
    }
  },
  {
    "following" : {
      "accountId" : "700031363",
      "userLink" : "https://twitter.com/intent/user?user_id=700031363"
    }
  },
  {
    "following" : {
      "accountId" : "700128607",
      "userLink" : "https://twitter.com/intent/user?user_id=700128607"
    }
  },
  {
    "following" : {
      "accountId" : "700068001",
      "userLink" : "https://twitter.com/intent/user?user_id=700068001"
    }
  },
  {
    "following" : {
      "accountId" : "700152484",
      "userLink" : "https://twitter.com/intent/user?user_id=700152484"
    }
  },
  {
    "following" : {
      "accountId" : "700111121",
      "userLink" : "https://twitter.com/intent/user?user_id=700111121"
    }
  },
  {
    "following" : {
      "accountId" : "700123574",
      "userLink" : "https://twitter.com/intent/user?user_id=700123574"
    }
  },
  {
    "following" : {
      "accountId" : "700133605",
      "userLink" : "https://twitter.com/intent/user?user_id=700133605"
    }
  },
  {
    "following" : {
      "accountId" : "700106221",
      "userLink" : "https://twitter.com/intent/user?user_id=700106221"
    }
  },
  {
    "following" : {
      "accountId" : "700079180",
      "userLink" : "https://twitter.com/intent/user?user_id=700079180"
    }
  },
  {
    "following" : {
      "accountId" : "700078389",
      "userLink" : "https://twitter.com/intent/user?user_id=700078389"
    }
  },
  {
    "following" : {
      "accountId" : "700051929",
      "userLink" : "https://twitter.com/intent/user?user_id=700051929"
    }
  },
  {
    "following" : {
      "accountId" : "700032119",
      "userLink" : "https://twitter.com/intent/user?user_id=700032119"
    }
  },
  {
    "following" : {
      "accountId" : "700079040",
      "userLink" : "https://twitter.com/intent/user?user_id=700079040"
    }
  },
  {
    "following" : {
      "accountId" : "700139177",
      "userLink" : "https://twitter.com/intent/user?user_id=700139177"
    }
  },
  {
    "following" : {
      "accountId" : "700158049",
      "userLink" : "https://twitter.com/intent/user?user_id=700158049"
    }
  },
  {
    "following" : {
      "accountId" : "700126486",
      "userLink" : "https://twitter.com/intent/user?user_id=700126486"
    }
  },
  {
    "following" : {
      "accountId" : "700028850",
      "userLink" : "https://twitter.com/intent/user?user_id=700028850"
    }
  },
  {
    "following" : {
      "accountId" : "700024468",
      "userLink" : "https://twitter.com/intent/user?user_id=700024468"
    }
  },
  {
    "following" : {
      "accountId" : "700109182",
      "userLink" : "https://twitter.com/intent/user?user_id=700109182"
    }
  },
  {
    "following" : {
      "accountId" : "700106620",
      "userLink" : "https://twitter.com/intent/user?user_id=700106620"
    }
  },
  {
    "following" : {
      "accountId" : "700098486",
      "userLink" : "https://twitter.com/intent/user?user_id=700098486"
    }
  },
  {
    "following" : {
      "accountId" : "700098353",
      "userLink" : "https://twitter.com/intent/user?user_id=700098353"
    }
  },
  {
    "following" : {
      "accountId" : "700158763",
      "userLink" : "https://twitter.com/intent/user?user_id=700158763"
    }
  },
  {
    "following" : {
      "accountId" : "700042843",
      "userLink" : "https://twitter.com/intent/user?user_id=700042843"
    }
  },
  {
    "following" : {
      "accountId" : "700021941",
      "userLink" : "https://twitter.com/intent/user?user_id=700021941"
    }
  },
  {
    "following" : {
      "accountId" : "700037019",
      "userLink" : "https://twitter.com/intent/user?user_id=700037019"
    }
  },
  {
    "following" : {
      "accountId" : "700118940",
      "userLink" : "https://twitter.com/intent/user?user_id=700118940"
    }
  },
  {
    "following" : {
      "accountId" : "700028199",
      "userLink" : "https://twitter.com/intent/user?user_id=700028199"
    }
  },
  {
    "following" : {
      "accountId" : "700095224",
      "userLink" : "https://twitter.com/intent/user?user_id=700095224"
    }
  },
  {
    "following" : {
      "accountId" : "700097023",
      "userLink" : "https://twitter.com/intent/user?user_id=700097023"
    }
  },
  {
    "following" : {
      "accountId" : "700159225",
      "userLink" : "https://twitter.com/intent/user?user_id=700159225"
    }
  },
  {
    "following" : {
      "accountId" : "700151112",
      "userLink" : "https://twitter.com/intent/user?user_id=700151112"
    }
  },
  {
    "following" : {
      "accountId" : "700066195",
      "userLink" : "https://twitter.com/intent/user?user_id=700066195"
    }
  },
  {
    "following" : {
      "accountId" : "700156873",
      "userLink" : "https://twitter.com/intent/user?user_id=700156873"
    }
  },
  {
    "following" : {
      "accountId" : "700026575",
      "userLink" : "https://twitter.com/intent/user?user_id=700026575"
    }
  },
  {
    "following" : {
      "accountId" : "700125842",
      "userLink" : "https://twitter.com/intent/user?user_id=700125842"
    }
  },
  {
    "following" : {
      "accountId" : "700078291",
      "userLink" : "https://twitter.com/intent/user?user_id=700078291"
    }
  },
  {
    "following" : {
      "accountId" : "700046329",
      "userLink" : "https://twitter.com/intent/user?user_id=700046329"
    }
  },
  {
    "following" : {
      "accountId" : "700040526",
      "userLink" : "https://twitter.com/intent/user?user_id=700040526"
    }
  },
  {
    "following" : {
      "accountId" : "700112577",
      "userLink" : "https://twitter.com/intent/user?user_id=700112577"
    }
  },
  {
    "following" : {
      "accountId" : "700134291",
      "userLink" : "https://twitter.com/intent/user?user_id=700134291"
    }
  },
  {
    "following" : {
      "accountId" : "700005778",
      "userLink" : "https://twitter.com/intent/user?user_id=700005778"
    }
  },
  {
    "following" : {
      "accountId" : "700048331",
      "userLink" : "https://twitter.com/intent/user?user_id=700048331"
    }
  },
  {
    "following" : {
      "accountId" : "700086474",
      "userLink" : "https://twitter.com/intent/user?user_id=700086474"
    }
  },
  {
    "following" : {
      "accountId" : "700060616",
      "userLink" : "https://twitter.com/intent/user?user_id=700060616"
    }
  },
  {
    "following" : {
      "accountId" : "700061400",
      "userLink" : "https://twitter.com/intent/user?user_id=700061400"
    }
  },
  {
    "following" : {
      "accountId" : "700039217",
      "userLink" : "https://twitter.com/intent/user?user_id=700039217"
    }
  },
  {
    "following" : {
      "accountId" : "700156523",
      "userLink" : "https://twitter.com/intent/user?user_id=700156523"
    }
  },
  {
    "following" : {
      "accountId" : "700093586",
      "userLink" : "https://twitter.com/intent/user?user_id=700093586"
    }
  },
  {
    "following" : {
      "accountId" : "700027247",
      "userLink" : "https://twitter.com/intent/user?user_id=700027247"
    }
  },
  {
    "following" : {
      "accountId" : "700108769",
      "userLink" : "https://twitter.com/intent/user?user_id=700108769"
    }
  },
  {
    "following" : {
      "accountId" : "700122769",
      "userLink" : "https://twitter.com/intent/user?user_id=700122769"
    }
  },
  {
    "following" : {
      "accountId" : "700132408",
      "userLink" : "https://twitter.com/intent/user?user_id=700132408"
    }
  },
  {
    "following" : {
      "accountId" : "700027079",
      "userLink" : "https://twitter.com/intent/user?user_id=700027079"
    }
  },
  {
    "following" : {
      "accountId" : "700021647",
      "userLink" : "https://twitter.com/intent/user?user_id=700021647"
    }
  },
  {
    "following" : {
      "accountId" : "700094125",
      "userLink" : "https://twitter.com/intent/user?user_id=700094125"
    }
  },
  {
    "following" : {
      "accountId" : "700113347",
      "userLink" : "https://twitter.com/intent/user?user_id=700113347"
    }
  },
  {
    "following" : {
      "accountId" : "700066783",
      "userLink" : "https://twitter.com/intent/user?user_id=700066783"
    }
  },
  {
    "following" : {
      "accountId" : "700114061",
      "userLink" : "https://twitter.com/intent/user?user_id=700114061"
    }
  },
  {
    "following" : {
      "accountId" : "700031139",
      "userLink" : "https://twitter.com/intent/user?user_id=700031139"
    }
  },
  {
    "following" : {
      "accountId" : "700147647",
      "userLink" : "https://twitter.com/intent/user?user_id=700147647"
    }
  },
  {
    "following" : {
      "accountId" : "700002460",
      "userLink" : "https://twitter.com/intent/user?user_id=700002460"
    }
  },
  {
    "following" : {
      "accountId" : "700156488",
      "userLink" : "https://twitter.com/intent/user?user_id=700156488"
    }
  },
  {
    "following" : {
      "accountId" : "700111464",
      "userLink" : "https://twitter.com/intent/user?user_id=700111464"
    }
  },
  {
    "following" : {
      "accountId" : "700146583",
      "userLink" : "https://twitter.com/intent/user?user_id=700146583"
    }
  },
  {
    "following" : {
      "accountId" : "700141368",
      "userLink" : "https://twitter.com/intent/user?user_id=700141368"
    }
  },
  {
    "following" : {
      "accountId" : "700009026",
      "userLink" : "https://twitter.com/intent/user?user_id=700009026"
    }
  },
  {
    "following" : {
      "accountId" : "700151525",
      "userLink" : "https://twitter.com/intent/user?user_id=700151525"
    }
  },
  {
    "following" : {
      "accountId" : "700013730",
      "userLink" : "https://twitter.com/intent/user?user_id=700013730"
    }
  },
  {
    "following" : {
      "accountId" : "700009012",
      "userLink" : "https://twitter.com/intent/user?user_id=700009012"
    }
  },
  {
    "following" : {
      "accountId" : "700014787",
      "userLink" : "https://twitter.com/intent/user?user_id=700014787"
    }
  },
  {
    "following" : {
      "accountId" : "700003412",
      "userLink" : "https://twitter.com/intent/user?user_id=700003412"
    }
  },
  {
    "following" : {
      "accountId" : "700021465",
      "userLink" : "https://twitter.com/intent/user?user_id=700021465"
    }
  },
  {
    "following" : {
      "accountId" : "700073174",
      "userLink" : "https://twitter.com/intent/user?user_id=700073174"
    }
  },
  {
    "following" : {
      "accountId" : "700034464",
      "userLink" : "https://twitter.com/intent/user?user_id=700034464"
    }
  },
  {
    "following" : {
      "accountId" : "700076898",
      "userLink" : "https://twitter.com/intent/user?user_id=700076898"
    }
  },
  {
    "following" : {
      "accountId" : "700161360",
      "userLink" : "https://twitter.com/intent/user?user_id=700161360"
    }
  },
  {
    "following" : {
      "accountId" : "700135299",
      "userLink" : "https://twitter.com/intent/user?user_id=700135299"
    }
  },
  {
    "following" : {
      "accountId" : "700108237",
      "userLink" : "https://twitter.com/intent/user?user_id=700108237"
    }
  },
  {
    "following" : {
      "accountId" : "700103925",
      "userLink" : "https://twitter.com/intent/user?user_id=700103925"
    }
  },
  {
    "following" : {
      "accountId" : "700107201",
      "userLink" : "https://twitter.com/intent/user?user_id=700107201"
    }
  },
  {
    "following" : {
      "accountId" : "700041429",
      "userLink" : "https://twitter.com/intent/user?user_id=700041429"
    }
  },
  {
    "following" : {
      "accountId" : "700104296",
      "userLink" : "https://twitter.com/intent/user?user_id=700104296"
    }
  },
  {
    "following" : {
      "accountId" : "700052783",
      "userLink" : "https://twitter.com/intent/user?user_id=700052783"
    }
  },
  {
    "following" : {
      "accountId" : "700045384",
      "userLink" : "https://twitter.com/intent/user?user_id=700045384"
    }
  },
  {
    "following" : {
      "accountId" : "700022095",
      "userLink" : "https://twitter.com/intent/user?user_id=700022095"
    }
  },
  {
    "following" : {
      "accountId" : "700111709",
      "userLink" : "https://twitter.com/intent/user?user_id=700111709"
    }
  },
  {
    "following" : {
      "accountId" : "700020947",
      "userLink" : "https://twitter.com/intent/user?user_id=700020947"
    }
  },
  {
    "following" : {
      "accountId" : "700101909",
      "userLink" : "https://twitter.com/intent/user?user_id=700101909"
    }
  },
  {
    "following" : {
      "accountId" : "700062072",
      "userLink" : "https://twitter.com/intent/user?user_id=700062072"
    }
  },
  {
    "following" : {
      "accountId" : "700066594",
      "userLink" : "https://twitter.com/intent/user?user_id=700066594"
    }
  },
  {
    "following" : {
      "accountId" : "700098976",
      "userLink" : "https://twitter.com/intent/user?user_id=700098976"
    }
  },
  {
    "following" : {
      "accountId" : "700040869",
      "userLink" : "https://twitter.com/intent/user?user_id=700040869"
    }
  },
  {
    "following" : {
      "accountId" : "700091906",
      "userLink" : "https://twitter.com/intent/user?user_id=700091906"
    }
  },
  {
    "following" : {
      "accountId" : "700090520",
      "userLink" : "https://twitter.com/intent/user?user_id=700090520"
    }
  },
  {
    "following" : {
      "accountId" : "700066489",
      "userLink" : "https://twitter.com/intent/user?user_id=700066489"
    }
  },
  {
    "following" : {
      "accountId" : "700110722",
      "userLink" : "https://twitter.com/intent/user?user_id=700110722"
    }
  },
  {
    "following" : {
      "accountId" : "700069198",
      "userLink" : "https://twitter.com/intent/user?user_id=700069198"
    }
  },
  {
    "following" : {
      "accountId" : "700159519",
      "userLink" : "https://twitter.com/intent/user?user_id=700159519"
    }
  },
  {
    "following" : {
      "accountId" : "700134102",
      "userLink" : "https://twitter.com/intent/user?user_id=700134102"
    }
  },
  {
    "following" : {
      "accountId" : "700064312",
      "userLink" : "https://twitter.com/intent/user?user_id=700064312"
    }
  },
  {
    "following" : {
      "accountId" : "700017524",
      "userLink" : "https://twitter.com/intent/user?user_id=700017524"
    }
  },
  {
    "following" : {
      "accountId" : "700052272",
      "userLink" : "https://twitter.com/intent/user?user_id=700052272"
    }
  },
  {
    "following" : {
      "accountId" : "700161388",
      "userLink" : "https://twitter.com/intent/user?user_id=700161388"
    }
  },
  {
    "following" : {
      "accountId" : "700107320",
      "userLink" : "https://twitter.com/intent/user?user_id=700107320"
    }
  },
  {
    "following" : {
      "accountId" : "700063514",
      "userLink" : "https://twitter.com/intent/user?user_id=700063514"
    }
  },
  {
    "following" : {
      "accountId" : "700029011",
      "userLink" : "https://twitter.com/intent/user?user_id=700029011"
    }
  },
  {
    "following" : {
      "accountId" : "700055884",
      "userLink" : "https://twitter.com/intent/user?user_id=700055884"
    }
  },
  {
    "following" : {
      "accountId" : "700153534",
      "userLink" : "https://twitter.com/intent/user?user_id=700153534"
    }
  },
  {
    "following" : {
      "accountId" : "700130938",
      "userLink" : "https://twitter.com/intent/user?user_id=700130938"
    }
  },
  {
    "following" : {
      "accountId" : "700108069",
      "userLink" : "https://twitter.com/intent/user?user_id=700108069"
    }
  },
  {
    "following" : {
      "accountId" : "700145813",
      "userLink" : "https://twitter.com/intent/user?user_id=700145813"
    }
  },
  {
    "following" : {
      "accountId" : "700122608",
      "userLink" : "https://twitter.com/intent/user?user_id=700122608"
    }
  },
  {
    "following" : {
      "accountId" : "700016432",
      "userLink" : "https://twitter.com/intent/user?user_id=700016432"
    }
  },
  {
    "following" : {
      "accountId" : "700154017",
      "userLink" : "https://twitter.com/intent/user?user_id=700154017"
    }
  },
  {
    "following" : {
      "accountId" : "700085487",
      "userLink" : "https://twitter.com/intent/user?user_id=700085487"
    }
  },
  {
    "following" : {
      "accountId" : "700016271",
      "userLink" : "https://twitter.com/intent/user?user_id=700016271"
    }
  },
  {
    "following" : {
      "accountId" : "700045650",
      "userLink" : "https://twitter.com/intent/user?user_id=700045650"
    }
  },
  {
    "following" : {
      "accountId" : "700074378",
      "userLink" : "https://twitter.com/intent/user?user_id=700074378"
    }
  },
  {
    "following" : {
      "accountId" : "700137560",
      "userLink" : "https://twitter.com/intent/user?user_id=700137560"
    }
  },
  {
    "following" : {
      "accountId" : "700080475",
      "userLink" : "https://twitter.com/intent/user?user_id=700080475"
    }
  },
  {
    "following" : {
      "accountId" : "700043592",
      "userLink" : "https://twitter.com/intent/user?user_id=700043592"
    }
  },
  {
    "following" : {
      "accountId" : "700131190",
      "userLink" : "https://twitter.com/intent/user?user_id=700131190"
    }
  },
  {
    "following" : {
      "accountId" : "700125961",
      "userLink" : "https://twitter.com/intent/user?user_id=700125961"
    }
  },
  {
    "following" : {
      "accountId" : "700144679",
      "userLink" : "https://twitter.com/intent/user?user_id=700144679"
    }
  },
  {
    "following" : {
      "accountId" : "700001235",
      "userLink" : "https://twitter.com/intent/user?user_id=700001235"
    }
  },
  {
    "following" : {
      "accountId" : "700006898",
      "userLink" : "https://twitter.com/intent/user?user_id=700006898"
    }
  },
  {
    "following" : {
      "accountId" : "700077661",
      "userLink" : "https://twitter.com/intent/user?user_id=700077661"
    }
  },
  {
    "following" : {
      "accountId" : "700110911",
      "userLink" : "https://twitter.com/intent/user?user_id=700110911"
    }
  },
  {
    "following" : {
      "accountId" : "700008480",
      "userLink" : "https://twitter.com/intent/user?user_id=700008480"
    }
  },
  {
    "following" : {
      "accountId" : "700080713",
      "userLink" : "https://twitter.com/intent/user?user_id=700080713"
    }
  },
  {
    "following" : {
      "accountId" : "700042234",
      "userLink" : "https://twitter.com/intent/user?user_id=700042234"
    }
  },
  {
    "following" : {
      "accountId" : "700125758",
      "userLink" : "https://twitter.com/intent/user?user_id=700125758"
    }
  },
  {
    "following" : {
      "accountId" : "700101769",
      "userLink" : "https://twitter.com/intent/user?user_id=700101769"
    }
  },
  {
    "following" : {
      "accountId" : "700019743",
      "userLink" : "https://twitter.com/intent/user?user_id=700019743"
    }
  },
  {
    "following" : {
      "accountId" : "700090982",
      "userLink" : "https://twitter.com/intent/user?user_id=700090982"
    }
  },
  {
    "following" : {
      "accountId" : "700121369",
      "userLink" : "https://twitter.com/intent/user?user_id=700121369"
    }
  },
  {
    "following" : {
      "accountId" : "700123105",
      "userLink" : "https://twitter.com/intent/user?user_id=700123105"
    }
  },
  {
    "following" : {
      "accountId" : "700007829",
      "userLink" : "https://twitter.com/intent/user?user_id=700007829"
    }
  },
  {
    "following" : {
      "accountId" : "700078879",
      "userLink" : "https://twitter.com/intent/user?user_id=700078879"
    }
  },
  {
    "following" : {
      "accountId" : "700118590",
      "userLink" : "https://twitter.com/intent/user?user_id=700118590"
    }
  },
  {
    "following" : {
      "accountId" : "700051369",
      "userLink" : "https://twitter.com/intent/user?user_id=700051369"
    }
  },
  {
    "following" : {
      "accountId" : "700047127",
      "userLink" : "https://twitter.com/intent/user?user_id=700047127"
    }
  },
  {
    "following" : {
      "accountId" : "700076611",
      "userLink" : "https://twitter.com/intent/user?user_id=700076611"
    }
  },
  {
    "following" : {
      "accountId" : "700073412",
      "userLink" : "https://twitter.com/intent/user?user_id=700073412"
    }
  },
  {
    "following" : {
      "accountId" : "700029662",
      "userLink" : "https://twitter.com/intent/user?user_id=700029662"
    }
  },
  {
    "following" : {
      "accountId" : "700043802",
      "userLink" : "https://twitter.com/intent/user?user_id=700043802"
    }
  },
  {
    "following" : {
      "accountId" : "700115447",
      "userLink" : "https://twitter.com/intent/user?user_id=700115447"
    }
  },
  {
    "following" : {
      "accountId" : "700126269",
      "userLink" : "https://twitter.com/intent/user?user_id=700126269"
    }
  },
  {
    "following" : {
      "accountId" : "700098178",
      "userLink" : "https://twitter.com/intent/user?user_id=700098178"
    }
  },
  {
    "following" : {
      "accountId" : "700095014",
      "userLink" : "https://twitter.com/intent/user?user_id=700095014"
    }
  },
  {
    "following" : {
      "accountId" : "700033281",
      "userLink" : "https://twitter.com/intent/user?user_id=700033281"
    }
  },
  {
    "following" : {
      "accountId" : "700125856",
      "userLink" : "https://twitter.com/intent/user?user_id=700125856"
    }
  },
  {
    "following" : {
      "accountId" : "700080860",
      "userLink" : "https://twitter.com/intent/user?user_id=700080860"
    }
  },
  {
    "following" : {
      "accountId" : "700121635",
      "userLink" : "https://twitter.com/intent/user?user_id=700121635"
    }
  },
  {
    "following" : {
      "accountId" : "700149677",
      "userLink" : "https://twitter.com/intent/user?user_id=700149677"
    }
  },
  {
    "following" : {
      "accountId" : "700081462",
      "userLink" : "https://twitter.com/intent/user?user_id=700081462"
    }
  },
  {
    "following" : {
      "accountId" : "700033085",
      "userLink" : "https://twitter.com/intent/user?user_id=700033085"
    }
  },
  {
    "following" : {
      "accountId" : "700026183",
      "userLink" : "https://twitter.com/intent/user?user_id=700026183"
    }
  },
  {
    "following" : {
      "accountId" : "700014605",
      "userLink" : "https://twitter.com/intent/user?user_id=700014605"
    }
  },
  {
    "following" : {
      "accountId" : "700031433",
      "userLink" : "https://twitter.com/intent/user?user_id=700031433"
    }
  },
  {
    "following" : {
      "accountId" : "700099886",
      "userLink" : "https://twitter.com/intent/user?user_id=700099886"
    }
  },
  {
    "following" : {
      "accountId" : "700102889",
      "userLink" : "https://twitter.com/intent/user?user_id=700102889"
    }
  },
  {
    "following" : {
      "accountId" : "700015627",
      "userLink" : "https://twitter.com/intent/user?user_id=700015627"
    }
  },
  {
    "following" : {
      "accountId" : "700018042",
      "userLink" : "https://twitter.com/intent/user?user_id=700018042"
    }
  },
  {
    "following" : {
      "accountId" : "700020394",
      "userLink" : "https://twitter.com/intent/user?user_id=700020394"
    }
  }
]
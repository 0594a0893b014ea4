window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "700055660",
      "userLink" : "https://twitter.com/intent/user?user_id=700055660"
    }
  },
  {
    "following" : {
      "accountId" : "700009474",
      "userLink" : "https://twitter.com/intent/user?user_id=700009474"
    }
  },
  {
    "following" : {
      "accountId" : "700116434",
      "userLink" : "https://twitter.com/intent/user?user_id=700116434"
    }
  },
  {
    "following" : {
      "accountId" : "700101006",
      "userLink" : "https://twitter.com/intent/user?user_id=700101006"
    }
  },
  {
    "following" : {
      "accountId" : "700042262",
      "userLink" : "https://twitter.com/intent/user?user_id=700042262"
    }
  },
  {
    "following" : {
      "accountId" : "700158504",
      "userLink" : "https://twitter.com/intent/user?user_id=700158504"
    }
  },
  {
    "following" : {
      "accountId" : "700083618",
      "userLink" : "https://twitter.com/intent/user?user_id=700083618"
    }
  },
  {
    "following" : {
      "accountId" : "700076142",
      "userLink" : "https://twitter.com/intent/user?user_id=700076142"
    }
  },
  {
    "following" : {
      "accountId" : "700026155",
      "userLink" : "https://twitter.com/intent/user?user_id=700026155"
    }
  },
  {
    "following" : {
      "accountId" : "700159918",
      "userLink" : "https://twitter.com/intent/user?user_id=700159918"
    }
  },
  {
    "following" : {
      "accountId" : "700079663",
      "userLink" : "https://twitter.com/intent/user?user_id=700079663"
    }
  },
  {
    "following" : {
      "accountId" : "700162165",
      "userLink" : "https://twitter.com/intent/user?user_id=700162165"
    }
  },
  {
    "following" : {
      "accountId" : "700038937",
      "userLink" : "https://twitter.com/intent/user?user_id=700038937"
    }
  },
  {
    "following" : {
      "accountId" : "700010951",
      "userLink" : "https://twitter.com/intent/user?user_id=700010951"
    }
  },
  {
    "following" : {
      "accountId" : "700082603",
      "userLink" : "https://twitter.com/intent/user?user_id=700082603"
    }
  },
  {
    "following" : {
      "accountId" : "700045965",
      "userLink" : "https://twitter.com/intent/user?user_id=700045965"
    }
  },
  {
    "following" : {
      "accountId" : "700111821",
      "userLink" : "https://twitter.com/intent/user?user_id=700111821"
    }
  },
  {
    "following" : {
      "accountId" : "700123532",
      "userLink" : "https://twitter.com/intent/user?user_id=700123532"
    }
  },
  {
    "following" : {
      "accountId" : "700140514",
      "userLink" : "https://twitter.com/intent/user?user_id=700140514"
    }
  },
  {
    "following" : {
      "accountId" : "700077913",
      "userLink" : "https://twitter.com/intent/user?user_id=700077913"
    }
  },
  {
    "following" : {
      "accountId" : "700139849",
      "userLink" : "https://twitter.com/intent/user?user_id=700139849"
    }
  },
  {
    "following" : {
      "accountId" : "700032665",
      "userLink" : "https://twitter.com/intent/user?user_id=700032665"
    }
  },
  {
    "following" : {
      "accountId" : "700047946",
      "userLink" : "https://twitter.com/intent/user?user_id=700047946"
    }
  },
  {
    "following" : {
      "accountId" : "700125275",
      "userLink" : "https://twitter.com/intent/user?user_id=700125275"
    }
  },
  {
    "following" : {
      "accountId" : "700015095",
      "userLink" : "https://twitter.com/intent/user?user_id=700015095"
    }
  },
  {
    "following" : {
      "accountId" : "700096211",
      "userLink" : "https://twitter.com/intent/user?user_id=700096211"
    }
  },
  {
    "following" : {
      "accountId" : "700076793",
      "userLink" : "https://twitter.com/intent/user?user_id=700076793"
    }
  },
  {
    "following" : {
      "accountId" : "700033099",
      "userLink" : "https://twitter.com/intent/user?user_id=700033099"
    }
  },
  {
    "following" : {
      "accountId" : "700123658",
      "userLink" : "https://twitter.com/intent/user?user_id=700123658"
    }
  },
  {
    "following" : {
      "accountId" : "700108454",
      "userLink" : "https://twitter.com/intent/user?user_id=700108454"
    }
  },
  {
    "following" : {
      "accountId" : "700135194",
      "userLink" : "https://twitter.com/intent/user?user_id=700135194"
    }
  },
  {
    "following" : {
      "accountId" : "700015991",
      "userLink" : "https://twitter.com/intent/user?user_id=700015991"
    }
  },
  {
    "following" : {
      "accountId" : "700116609",
      "userLink" : "https://twitter.com/intent/user?user_id=700116609"
    }
  },
  {
    "following" : {
      "accountId" : "700153786",
      "userLink" : "https://twitter.com/intent/user?user_id=700153786"
    }
  },
  {
    "following" : {
      "accountId" : "700005722",
      "userLink" : "https://twitter.com/intent/user?user_id=700005722"
    }
  },
  {
    "following" : {
      "accountId" : "700099102",
      "userLink" : "https://twitter.com/intent/user?user_id=700099102"
    }
  },
  {
    "following" : {
      "accountId" : "700023390",
      "userLink" : "https://twitter.com/intent/user?user_id=700023390"
    }
  },
  {
    "following" : {
      "accountId" : "700004329",
      "userLink" : "https://twitter.com/intent/user?user_id=700004329"
    }
  },
  {
    "following" : {
      "accountId" : "700118695",
      "userLink" : "https://twitter.com/intent/user?user_id=700118695"
    }
  },
  {
    "following" : {
      "accountId" : "700021262",
      "userLink" : "https://twitter.com/intent/user?user_id=700021262"
    }
  },
  {
    "following" : {
      "accountId" : "700128019",
      "userLink" : "https://twitter.com/intent/user?user_id=700128019"
    }
  },
  {
    "following" : {
      "accountId" : "700078396",
      "userLink" : "https://twitter.com/intent/user?user_id=700078396"
    }
  },
  {
    "following" : {
      "accountId" : "700092697",
      "userLink" : "https://twitter.com/intent/user?user_id=700092697"
    }
  },
  {
    "following" : {
      "accountId" : "700080216",
      "userLink" : "https://twitter.com/intent/user?user_id=700080216"
    }
  },
  {
    "following" : {
      "accountId" : "700079684",
      "userLink" : "https://twitter.com/intent/user?user_id=700079684"
    }
  },
  {
    "following" : {
      "accountId" : "700097625",
      "userLink" : "https://twitter.com/intent/user?user_id=700097625"
    }
  },
  {
    "following" : {
      "accountId" : "700147626",
      "userLink" : "https://twitter.com/intent/user?user_id=700147626"
    }
  },
  {
    "following" : {
      "accountId" : "700001760",
      "userLink" : "https://twitter.com/intent/user?user_id=700001760"
    }
  },
  {
    "following" : {
      "accountId" : "700162648",
      "userLink" : "https://twitter.com/intent/user?user_id=700162648"
    }
  },
  {
    "following" : {
      "accountId" : "700139394",
      "userLink" : "https://twitter.com/intent/user?user_id=700139394"
    }
  },
  {
    "following" : {
      "accountId" : "700137336",
      "userLink" : "https://twitter.com/intent/user?user_id=700137336"
    }
  },
  {
    "following" : {
      "accountId" : "700043501",
      "userLink" : "https://twitter.com/intent/user?user_id=700043501"
    }
  },
  {
    "following" : {
      "accountId" : "700091794",
      "userLink" : "https://twitter.com/intent/user?user_id=700091794"
    }
  },
  {
    "following" : {
      "accountId" : "700048079",
      "userLink" : "https://twitter.com/intent/user?user_id=700048079"
    }
  },
  {
    "following" : {
      "accountId" : "700087104",
      "userLink" : "https://twitter.com/intent/user?user_id=700087104"
    }
  },
  {
    "following" : {
      "accountId" : "700145400",
      "userLink" : "https://twitter.com/intent/user?user_id=700145400"
    }
  },
  {
    "following" : {
      "accountId" : "700089449",
      "userLink" : "https://twitter.com/intent/user?user_id=700089449"
    }
  },
  {
    "following" : {
      "accountId" : "700088406",
      "userLink" : "https://twitter.com/intent/user?user_id=700088406"
    }
  },
  {
    "following" : {
      "accountId" : "700151959",
      "userLink" : "https://twitter.com/intent/user?user_id=700151959"
    }
  },
  {
    "following" : {
      "accountId" : "700059972",
      "userLink" : "https://twitter.com/intent/user?user_id=700059972"
    }
  },
  {
    "following" : {
      "accountId" : "700099333",
      "userLink" : "https://twitter.com/intent/user?user_id=700099333"
    }
  },
  {
    "following" : {
      "accountId" : "700069793",
      "userLink" : "https://twitter.com/intent/user?user_id=700069793"
    }
  },
  {
    "following" : {
      "accountId" : "700020548",
      "userLink" : "https://twitter.com/intent/user?user_id=700020548"
    }
  },
  {
    "following" : {
      "accountId" : "700041219",
      "userLink" : "https://twitter.com/intent/user?user_id=700041219"
    }
  },
  {
    "following" : {
      "accountId" : "700112304",
      "userLink" : "https://twitter.com/intent/user?user_id=700112304"
    }
  },
  {
    "following" : {
      "accountId" : "700076464",
      "userLink" : "https://twitter.com/intent/user?user_id=700076464"
    }
  },
  {
    "following" : {
      "accountId" : "700011028",
      "userLink" : "https://twitter.com/intent/user?user_id=700011028"
    }
  },
  {
    "following" : {
      "accountId" : "700036879",
      "userLink" : "https://twitter.com/intent/user?user_id=700036879"
    }
  },
  {
    "following" : {
      "accountId" : "700119031",
      "userLink" : "https://twitter.com/intent/user?user_id=700119031"
    }
  },
  {
    "following" : {
      "accountId" : "700091577",
      "userLink" : "https://twitter.com/intent/user?user_id=700091577"
    }
  },
  {
    "following" : {
      "accountId" : "700104163",
      "userLink" : "https://twitter.com/intent/user?user_id=700104163"
    }
  },
  {
    "following" : {
      "accountId" : "700035892",
      "userLink" : "https://twitter.com/intent/user?user_id=700035892"
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
      "accountId" : "700107033",
      "userLink" : "https://twitter.com/intent/user?user_id=700107033"
    }
  },
  {
    "following" : {
      "accountId" : "700000675",
      "userLink" : "https://twitter.com/intent/user?user_id=700000675"
    }
  },
  {
    "following" : {
      "accountId" : "700031930",
      "userLink" : "https://twitter.com/intent/user?user_id=700031930"
    }
  },
  {
    "following" : {
      "accountId" : "700110127",
      "userLink" : "https://twitter.com/intent/user?user_id=700110127"
    }
  },
  {
    "following" : {
      "accountId" : "700039399",
      "userLink" : "https://twitter.com/intent/user?user_id=700039399"
    }
  },
  {
    "following" : {
      "accountId" : "700107082",
      "userLink" : "https://twitter.com/intent/user?user_id=700107082"
    }
  },
  {
    "following" : {
      "accountId" : "700079929",
      "userLink" : "https://twitter.com/intent/user?user_id=700079929"
    }
  },
  {
    "following" : {
      "accountId" : "700136629",
      "userLink" : "https://twitter.com/intent/user?user_id=700136629"
    }
  },
  {
    "following" : {
      "accountId" : "700067679",
      "userLink" : "https://twitter.com/intent/user?user_id=700067679"
    }
  },
  {
    "following" : {
      "accountId" : "700137959",
      "userLink" : "https://twitter.com/intent/user?user_id=700137959"
    }
  },
  {
    "following" : {
      "accountId" : "700095189",
      "userLink" : "https://twitter.com/intent/user?user_id=700095189"
    }
  },
  {
    "following" : {
      "accountId" : "700133962",
      "userLink" : "https://twitter.com/intent/user?user_id=700133962"
    }
  },
  {
    "following" : {
      "accountId" : "700103582",
      "userLink" : "https://twitter.com/intent/user?user_id=700103582"
    }
  },
  {
    "following" : {
      "accountId" : "700135880",
      "userLink" : "https://twitter.com/intent/user?user_id=700135880"
    }
  },
  {
    "following" : {
      "accountId" : "700122888",
      "userLink" : "https://twitter.com/intent/user?user_id=700122888"
    }
  },
  {
    "following" : {
      "accountId" : "700032693",
      "userLink" : "https://twitter.com/intent/user?user_id=700032693"
    }
  },
  {
    "following" : {
      "accountId" : "700093425",
      "userLink" : "https://twitter.com/intent/user?user_id=700093425"
    }
  },
  {
    "following" : {
      "accountId" : "700098255",
      "userLink" : "https://twitter.com/intent/user?user_id=700098255"
    }
  },
  {
    "following" : {
      "accountId" : "700106326",
      "userLink" : "https://twitter.com/intent/user?user_id=700106326"
    }
  },
  {
    "following" : {
      "accountId" : "700060896",
      "userLink" : "https://twitter.com/intent/user?user_id=700060896"
    }
  },
  {
    "following" : {
      "accountId" : "700047064",
      "userLink" : "https://twitter.com/intent/user?user_id=700047064"
    }
  },
  {
    "following" : {
      "accountId" : "700123896",
      "userLink" : "https://twitter.com/intent/user?user_id=700123896"
    }
  },
  {
    "following" : {
      "accountId" : "700090037",
      "userLink" : "https://twitter.com/intent/user?user_id=700090037"
    }
  },
  {
    "following" : {
      "accountId" : "700018959",
      "userLink" : "https://twitter.com/intent/user?user_id=700018959"
    }
  },
  {
    "following" : {
      "accountId" : "700135915",
      "userLink" : "https://twitter.com/intent/user?user_id=700135915"
    }
  },
  {
    "following" : {
      "accountId" : "700077381",
      "userLink" : "https://twitter.com/intent/user?user_id=700077381"
    }
  },
  {
    "following" : {
      "accountId" : "700051103",
      "userLink" : "https://twitter.com/intent/user?user_id=700051103"
    }
  },
  {
    "following" : {
      "accountId" : "700124372",
      "userLink" : "https://twitter.com/intent/user?user_id=700124372"
    }
  },
  {
    "following" : {
      "accountId" : "700118604",
      "userLink" : "https://twitter.com/intent/user?user_id=700118604"
    }
  },
  {
    "following" : {
      "accountId" : "700149285",
      "userLink" : "https://twitter.com/intent/user?user_id=700149285"
    }
  },
  {
    "following" : {
      "accountId" : "700071319",
      "userLink" : "https://twitter.com/intent/user?user_id=700071319"
    }
  },
  {
    "following" : {
      "accountId" : "700025147",
      "userLink" : "https://twitter.com/intent/user?user_id=700025147"
    }
  },
  {
    "following" : {
      "accountId" : "700075862",
      "userLink" : "https://twitter.com/intent/user?user_id=700075862"
    }
  },
  {
    "following" : {
      "accountId" : "700109112",
      "userLink" : "https://twitter.com/intent/user?user_id=700109112"
    }
  },
  {
    "following" : {
      "accountId" : "700119808",
      "userLink" : "https://twitter.com/intent/user?user_id=700119808"
    }
  },
  {
    "following" : {
      "accountId" : "700155725",
      "userLink" : "https://twitter.com/intent/user?user_id=700155725"
    }
  },
  {
    "following" : {
      "accountId" : "700016642",
      "userLink" : "https://twitter.com/intent/user?user_id=700016642"
    }
  },
  {
    "following" : {
      "accountId" : "700001361",
      "userLink" : "https://twitter.com/intent/user?user_id=700001361"
    }
  },
  {
    "following" : {
      "accountId" : "700054323",
      "userLink" : "https://twitter.com/intent/user?user_id=700054323"
    }
  },
  {
    "following" : {
      "accountId" : "700159736",
      "userLink" : "https://twitter.com/intent/user?user_id=700159736"
    }
  },
  {
    "following" : {
      "accountId" : "700078627",
      "userLink" : "https://twitter.com/intent/user?user_id=700078627"
    }
  },
  {
    "following" : {
      "accountId" : "700092725",
      "userLink" : "https://twitter.com/intent/user?user_id=700092725"
    }
  },
  {
    "following" : {
      "accountId" : "700031258",
      "userLink" : "https://twitter.com/intent/user?user_id=700031258"
    }
  },
  {
    "following" : {
      "accountId" : "700148459",
      "userLink" : "https://twitter.com/intent/user?user_id=700148459"
    }
  },
  {
    "following" : {
      "accountId" : "700041107",
      "userLink" : "https://twitter.com/intent/user?user_id=700041107"
    }
  },
  {
    "following" : {
      "accountId" : "700109847",
      "userLink" : "https://twitter.com/intent/user?user_id=700109847"
    }
  },
  {
    "following" : {
      "accountId" : "700125177",
      "userLink" : "https://twitter.com/intent/user?user_id=700125177"
    }
  },
  {
    "following" : {
      "accountId" : "700085130",
      "userLink" : "https://twitter.com/intent/user?user_id=700085130"
    }
  },
  {
    "following" : {
      "accountId" : "700125121",
      "userLink" : "https://twitter.com/intent/user?user_id=700125121"
    }
  },
  {
    "following" : {
      "accountId" : "700108349",
      "userLink" : "https://twitter.com/intent/user?user_id=700108349"
    }
  },
  {
    "following" : {
      "accountId" : "700096701",
      "userLink" : "https://twitter.com/intent/user?user_id=700096701"
    }
  },
  {
    "following" : {
      "accountId" : "700026505",
      "userLink" : "https://twitter.com/intent/user?user_id=700026505"
    }
  },
  {
    "following" : {
      "accountId" : "700012708",
      "userLink" : "https://twitter.com/intent/user?user_id=700012708"
    }
  },
  {
    "following" : {
      "accountId" : "700093747",
      "userLink" : "https://twitter.com/intent/user?user_id=700093747"
    }
  },
  {
    "following" : {
      "accountId" : "700066510",
      "userLink" : "https://twitter.com/intent/user?user_id=700066510"
    }
  },
  {
    "following" : {
      "accountId" : "700153072",
      "userLink" : "https://twitter.com/intent/user?user_id=700153072"
    }
  },
  {
    "following" : {
      "accountId" : "700044509",
      "userLink" : "https://twitter.com/intent/user?user_id=700044509"
    }
  },
  {
    "following" : {
      "accountId" : "700128166",
      "userLink" : "https://twitter.com/intent/user?user_id=700128166"
    }
  },
  {
    "following" : {
      "accountId" : "700017860",
      "userLink" : "https://twitter.com/intent/user?user_id=700017860"
    }
  },
  {
    "following" : {
      "accountId" : "700152134",
      "userLink" : "https://twitter.com/intent/user?user_id=700152134"
    }
  },
  {
    "following" : {
      "accountId" : "700069240",
      "userLink" : "https://twitter.com/intent/user?user_id=700069240"
    }
  },
  {
    "following" : {
      "accountId" : "700046826",
      "userLink" : "https://twitter.com/intent/user?user_id=700046826"
    }
  },
  {
    "following" : {
      "accountId" : "700117589",
      "userLink" : "https://twitter.com/intent/user?user_id=700117589"
    }
  },
  {
    "following" : {
      "accountId" : "700150461",
      "userLink" : "https://twitter.com/intent/user?user_id=700150461"
    }
  },
  {
    "following" : {
      "accountId" : "700147549",
      "userLink" : "https://twitter.com/intent/user?user_id=700147549"
    }
  },
  {
    "following" : {
      "accountId" : "700014402",
      "userLink" : "https://twitter.com/intent/user?user_id=700014402"
    }
  },
  {
    "following" : {
      "accountId" : "700135131",
      "userLink" : "https://twitter.com/intent/user?user_id=700135131"
    }
  },
  {
    "following" : {
      "accountId" : "700031713",
      "userLink" : "https://twitter.com/intent/user?user_id=700031713"
    }
  },
  {
    "following" : {
      "accountId" : "700007850",
      "userLink" : "https://twitter.com/intent/user?user_id=700007850"
    }
  },
  {
    "following" : {
      "accountId" : "700056815",
      "userLink" : "https://twitter.com/intent/user?user_id=700056815"
    }
  },
  {
    "following" : {
      "accountId" : "700037187",
      "userLink" : "https://twitter.com/intent/user?user_id=700037187"
    }
  },
  {
    "following" : {
      "accountId" : "700084171",
      "userLink" : "https://twitter.com/intent/user?user_id=700084171"
    }
  },
  {
    "following" : {
      "accountId" : "700035486",
      "userLink" : "https://twitter.com/intent/user?user_id=700035486"
    }
  },
  {
    "following" : {
      "accountId" : "700049143",
      "userLink" : "https://twitter.com/intent/user?user_id=700049143"
    }
  },
  {
    "following" : {
      "accountId" : "700136118",
      "userLink" : "https://twitter.com/intent/user?user_id=700136118"
    }
  },
  {
    "following" : {
      "accountId" : "700092389",
      "userLink" : "https://twitter.com/intent/user?user_id=700092389"
    }
  },
  {
    "following" : {
      "accountId" : "700090142",
      "userLink" : "https://twitter.com/intent/user?user_id=700090142"
    }
  },
  {
    "following" : {
      "accountId" : "700112584",
      "userLink" : "https://twitter.com/intent/user?user_id=700112584"
    }
  },
  {
    "following" : {
      "accountId" : "700042521",
      "userLink" : "https://twitter.com/intent/user?user_id=700042521"
    }
  },
  {
    "following" : {
      "accountId" : "700062296",
      "userLink" : "https://twitter.com/intent/user?user_id=700062296"
    }
  },
  {
    "following" : {
      "accountId" : "700077129",
      "userLink" : "https://twitter.com/intent/user?user_id=700077129"
    }
  },
  {
    "following" : {
      "accountId" : "700041072",
      "userLink" : "https://twitter.com/intent/user?user_id=700041072"
    }
  },
  {
    "following" : {
      "accountId" : "700131015",
      "userLink" : "https://twitter.com/intent/user?user_id=700131015"
    }
  },
  {
    "following" : {
      "accountId" : "700038818",
      "userLink" : "https://twitter.com/intent/user?user_id=700038818"
    }
  },
  {
    "following" : {
      "accountId" : "700050011",
      "userLink" : "https://twitter.com/intent/user?user_id=700050011"
    }
  },
  {
    "following" : {
      "accountId" : "700024293",
      "userLink" : "https://twitter.com/intent/user?user_id=700024293"
    }
  },
  {
    "following" : {
      "accountId" : "700104387",
      "userLink" : "https://twitter.com/intent/user?user_id=700104387"
    }
  },
  {
    "following" : {
      "accountId" : "700087496",
      "userLink" : "https://twitter.com/intent/user?user_id=700087496"
    }
  },
  {
    "following" : {
      "accountId" : "700148235",
      "userLink" : "https://twitter.com/intent/user?user_id=700148235"
    }
  },
  {
    "following" : {
      "accountId" : "700114775",
      "userLink" : "https://twitter.com/intent/user?user_id=700114775"
    }
  },
  {
    "following" : {
      "accountId" : "700086691",
      "userLink" : "https://twitter.com/intent/user?user_id=700086691"
    }
  },
  {
    "following" : {
      "accountId" : "700009110",
      "userLink" : "https://twitter.com/intent/user?user_id=700009110"
    }
  },
  {
    "following" : {
      "accountId" : "700033904",
      "userLink" : "https://twitter.com/intent/user?user_id=700033904"
    }
  },
  {
    "following" : {
      "accountId" : "700056990",
      "userLink" : "https://twitter.com/intent/user?user_id=700056990"
    }
  },
  {
    "following" : {
      "accountId" : "700080797",
      "userLink" : "https://twitter.com/intent/user?user_id=700080797"
    }
  },
  {
    "following" : {
      "accountId" : "700066825",
      "userLink" : "https://twitter.com/intent/user?user_id=700066825"
    }
  },
  {
    "following" : {
      "accountId" : "700014892",
      "userLink" : "https://twitter.com/intent/user?user_id=700014892"
    }
  },
  {
    "following" : {
      "accountId" : "700009250",
      "userLink" : "https://twitter.com/intent/user?user_id=700009250"
    }
  },
  {
    "following" : {
      "accountId" : "700103561",
      "userLink" : "https://twitter.com/intent/user?user_id=700103561"
    }
  },
  {
    "following" : {
      "accountId" : "700024986",
      "userLink" : "https://twitter.com/intent/user?user_id=700024986"
    }
  },
  {
    "following" : {
      "accountId" : "700064802",
      "userLink" : "https://twitter.com/intent/user?user_id=700064802"
    }
  },
  {
    "following" : {
      "accountId" : "700076135",
      "userLink" : "https://twitter.com/intent/user?user_id=700076135"
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
      "accountId" : "700072530",
      "userLink" : "https://twitter.com/intent/user?user_id=700072530"
    }
  },
  {
    "following" : {
      "accountId" : "700072719",
      "userLink" : "https://twitter.com/intent/user?user_id=700072719"
    }
  },
  {
    "following" : {
      "accountId" : "700093810",
      "userLink" : "https://twitter.com/intent/user?user_id=700093810"
    }
  },
  {
    "following" : {
      "accountId" : "700056052",
      "userLink" : "https://twitter.com/intent/user?user_id=700056052"
    }
  },
  {
    "following" : {
      "accountId" : "700138232",
      "userLink" : "https://twitter.com/intent/user?user_id=700138232"
    }
  },
  {
    "following" : {
      "accountId" : "700114089",
      "userLink" : "https://twitter.com/intent/user?user_id=700114089"
    }
  },
  {
    "following" : {
      "accountId" : "700045888",
      "userLink" : "https://twitter.com/intent/user?user_id=700045888"
    }
  },
  {
    "following" : {
      "accountId" : "700124540",
      "userLink" : "https://twitter.com/intent/user?user_id=700124540"
    }
  },
  {
    "following" : {
      "accountId" : "700133402",
      "userLink" : "https://twitter.com/intent/user?user_id=700133402"
    }
  },
  {
    "following" : {
      "accountId" : "700023663",
      "userLink" : "https://twitter.com/intent/user?user_id=700023663"
    }
  },
  {
    "following" : {
      "accountId" : "700076149",
      "userLink" : "https://twitter.com/intent/user?user_id=700076149"
    }
  },
  {
    "following" : {
      "accountId" : "700125863",
      "userLink" : "https://twitter.com/intent/user?user_id=700125863"
    }
  },
  {
    "following" : {
      "accountId" : "700018812",
      "userLink" : "https://twitter.com/intent/user?user_id=700018812"
    }
  },
  {
    "following" : {
      "accountId" : "700135593",
      "userLink" : "https://twitter.com/intent/user?user_id=700135593"
    }
  },
  {
    "following" : {
      "accountId" : "700054771",
      "userLink" : "https://twitter.com/intent/user?user_id=700054771"
    }
  },
  {
    "following" : {
      "accountId" : "700146891",
      "userLink" : "https://twitter.com/intent/user?user_id=700146891"
    }
  },
  {
    "following" : {
      "accountId" : "700067462",
      "userLink" : "https://twitter.com/intent/user?user_id=700067462"
    }
  },
  {
    "following" : {
      "accountId" : "700124869",
      "userLink" : "https://twitter.com/intent/user?user_id=700124869"
    }
  }
]
window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "700055660",
      "userLink" : "https://twitter.com/intent/user?user_id=700055660"
    }
  },
  {
    "follower" : {
      "accountId" : "700121565",
      "userLink" : "https://twitter.com/intent/user?user_id=700121565"
    }
  },
  {
    "follower" : {
      "accountId" : "700160275",
      "userLink" : "https://twitter.com/intent/user?user_id=700160275"
    }
  },
  {
    "follower" : {
      "accountId" : "700131106",
      "userLink" : "https://twitter.com/intent/user?user_id=700131106"
    }
  },
  {
    "follower" : {
      "accountId" : "700083618",
      "userLink" : "https://twitter.com/intent/user?user_id=700083618"
    }
  },
  {
    "follower" : {
      "accountId" : "700000101",
      "userLink" : "https://twitter.com/intent/user?user_id=700000101"
    }
  },
  {
    "follower" : {
      "accountId" : "700143461",
      "userLink" : "https://twitter.com/intent/user?user_id=700143461"
    }
  },
  {
    "follower" : {
      "accountId" : "700102672",
      "userLink" : "https://twitter.com/intent/user?user_id=700102672"
    }
  },
  {
    "follower" : {
      "accountId" : "700123532",
      "userLink" : "https://twitter.com/intent/user?user_id=700123532"
    }
  },
  {
    "follower" : {
      "accountId" : "700139849",
      "userLink" : "https://twitter.com/intent/user?user_id=700139849"
    }
  },
  {
    "follower" : {
      "accountId" : "700077913",
      "userLink" : "https://twitter.com/intent/user?user_id=700077913"
    }
  },
  {
    "follower" : {
      "accountId" : "700029613",
      "userLink" : "https://twitter.com/intent/user?user_id=700029613"
    }
  },
  {
    "follower" : {
      "accountId" : "700096211",
      "userLink" : "https://twitter.com/intent/user?user_id=700096211"
    }
  },
  {
    "follower" : {
      "accountId" : "700076793",
      "userLink" : "https://twitter.com/intent/user?user_id=700076793"
    }
  },
  {
    "follower" : {
      "accountId" : "700021262",
      "userLink" : "https://twitter.com/intent/user?user_id=700021262"
    }
  },
  {
    "follower" : {
      "accountId" : "700001256",
      "userLink" : "https://twitter.com/intent/user?user_id=700001256"
    }
  },
  {
    "follower" : {
      "accountId" : "700005722",
      "userLink" : "https://twitter.com/intent/user?user_id=700005722"
    }
  },
  {
    "follower" : {
      "accountId" : "700125611",
      "userLink" : "https://twitter.com/intent/user?user_id=700125611"
    }
  },
  {
    "follower" : {
      "accountId" : "700099102",
      "userLink" : "https://twitter.com/intent/user?user_id=700099102"
    }
  },
  {
    "follower" : {
      "accountId" : "700010853",
      "userLink" : "https://twitter.com/intent/user?user_id=700010853"
    }
  },
  {
    "follower" : {
      "accountId" : "700078396",
      "userLink" : "https://twitter.com/intent/user?user_id=700078396"
    }
  },
  {
    "follower" : {
      "accountId" : "700092697",
      "userLink" : "https://twitter.com/intent/user?user_id=700092697"
    }
  },
  {
    "follower" : {
      "accountId" : "700080216",
      "userLink" : "https://twitter.com/intent/user?user_id=700080216"
    }
  },
  {
    "follower" : {
      "accountId" : "700089967",
      "userLink" : "https://twitter.com/intent/user?user_id=700089967"
    }
  },
  {
    "follower" : {
      "accountId" : "700097625",
      "userLink" : "https://twitter.com/intent/user?user_id=700097625"
    }
  },
  {
    "follower" : {
      "accountId" : "700095000",
      "userLink" : "https://twitter.com/intent/user?user_id=700095000"
    }
  },
  {
    "follower" : {
      "accountId" : "700139394",
      "userLink" : "https://twitter.com/intent/user?user_id=700139394"
    }
  },
  {
    "follower" : {
      "accountId" : "700001760",
      "userLink" : "https://twitter.com/intent/user?user_id=700001760"
    }
  },
  {
    "follower" : {
      "accountId" : "700162648",
      "userLink" : "https://twitter.com/intent/user?user_id=700162648"
    }
  },
  {
    "follower" : {
      "accountId" : "700048079",
      "userLink" : "https://twitter.com/intent/user?user_id=700048079"
    }
  },
  {
    "follower" : {
      "accountId" : "700087104",
      "userLink" : "https://twitter.com/intent/user?user_id=700087104"
    }
  },
  {
    "follower" : {
      "accountId" : "700046042",
      "userLink" : "https://twitter.com/intent/user?user_id=700046042"
    }
  },
  {
    "follower" : {
      "accountId" : "700089449",
      "userLink" : "https://twitter.com/intent/user?user_id=700089449"
    }
  },
  {
    "follower" : {
      "accountId" : "700007444",
      "userLink" : "https://twitter.com/intent/user?user_id=700007444"
    }
  },
  {
    "follower" : {
      "accountId" : "700081308",
      "userLink" : "https://twitter.com/intent/user?user_id=700081308"
    }
  },
  {
    "follower" : {
      "accountId" : "700088406",
      "userLink" : "https://twitter.com/intent/user?user_id=700088406"
    }
  },
  {
    "follower" : {
      "accountId" : "700151959",
      "userLink" : "https://twitter.com/intent/user?user_id=700151959"
    }
  },
  {
    "follower" : {
      "accountId" : "700032028",
      "userLink" : "https://twitter.com/intent/user?user_id=700032028"
    }
  },
  {
    "follower" : {
      "accountId" : "700059972",
      "userLink" : "https://twitter.com/intent/user?user_id=700059972"
    }
  },
  {
    "follower" : {
      "accountId" : "700046098",
      "userLink" : "https://twitter.com/intent/user?user_id=700046098"
    }
  },
  {
    "follower" : {
      "accountId" : "700041219",
      "userLink" : "https://twitter.com/intent/user?user_id=700041219"
    }
  },
  {
    "follower" : {
      "accountId" : "700044586",
      "userLink" : "https://twitter.com/intent/user?user_id=700044586"
    }
  },
  {
    "follower" : {
      "accountId" : "700112304",
      "userLink" : "https://twitter.com/intent/user?user_id=700112304"
    }
  },
  {
    "follower" : {
      "accountId" : "700011028",
      "userLink" : "https://twitter.com/intent/user?user_id=700011028"
    }
  },
  {
    "follower" : {
      "accountId" : "700076464",
      "userLink" : "https://twitter.com/intent/user?user_id=700076464"
    }
  },
  {
    "follower" : {
      "accountId" : "700119031",
      "userLink" : "https://twitter.com/intent/user?user_id=700119031"
    }
  },
  {
    "follower" : {
      "accountId" : "700078571",
      "userLink" : "https://twitter.com/intent/user?user_id=700078571"
    }
  },
  {
    "follower" : {
      "accountId" : "700035892",
      "userLink" : "https://twitter.com/intent/user?user_id=700035892"
    }
  },
  {
    "follower" : {
      "accountId" : "700107033",
      "userLink" : "https://twitter.com/intent/user?user_id=700107033"
    }
  },
  {
    "follower" : {
      "accountId" : "700001067",
      "userLink" : "https://twitter.com/intent/user?user_id=700001067"
    }
  },
  {
    "follower" : {
      "accountId" : "700031930",
      "userLink" : "https://twitter.com/intent/user?user_id=700031930"
    }
  },
  {
    "follower" : {
      "accountId" : "700039399",
      "userLink" : "https://twitter.com/intent/user?user_id=700039399"
    }
  },
  {
    "follower" : {
      "accountId" : "700020961",
      "userLink" : "https://twitter.com/intent/user?user_id=700020961"
    }
  },
  {
    "follower" : {
      "accountId" : "700000675",
      "userLink" : "https://twitter.com/intent/user?user_id=700000675"
    }
  },
  {
    "follower" : {
      "accountId" : "700107082",
      "userLink" : "https://twitter.com/intent/user?user_id=700107082"
    }
  },
  {
    "follower" : {
      "accountId" : "700078480",
      "userLink" : "https://twitter.com/intent/user?user_id=700078480"
    }
  },
  {
    "follower" : {
      "accountId" : "700079929",
      "userLink" : "https://twitter.com/intent/user?user_id=700079929"
    }
  },
  {
    "follower" : {
      "accountId" : "700010566",
      "userLink" : "https://twitter.com/intent/user?user_id=700010566"
    }
  },
  {
    "follower" : {
      "accountId" : "700136629",
      "userLink" : "https://twitter.com/intent/user?user_id=700136629"
    }
  },
  {
    "follower" : {
      "accountId" : "700137959",
      "userLink" : "https://twitter.com/intent/user?user_id=700137959"
    }
  },
  {
    "follower" : {
      "accountId" : "700122888",
      "userLink" : "https://twitter.com/intent/user?user_id=700122888"
    }
  },
  {
    "follower" : {
      "accountId" : "700103582",
      "userLink" : "https://twitter.com/intent/user?user_id=700103582"
    }
  },
  {
    "follower" : {
      "accountId" : "700110029",
      "userLink" : "https://twitter.com/intent/user?user_id=700110029"
    }
  },
  {
    "follower" : {
      "accountId" : "700098255",
      "userLink" : "https://twitter.com/intent/user?user_id=700098255"
    }
  },
  {
    "follower" : {
      "accountId" : "700063150",
      "userLink" : "https://twitter.com/intent/user?user_id=700063150"
    }
  },
  {
    "follower" : {
      "accountId" : "700060896",
      "userLink" : "https://twitter.com/intent/user?user_id=700060896"
    }
  },
  {
    "follower" : {
      "accountId" : "700123896",
      "userLink" : "https://twitter.com/intent/user?user_id=700123896"
    }
  },
  {
    "follower" : {
      "accountId" : "700090037",
      "userLink" : "https://twitter.com/intent/user?user_id=700090037"
    }
  },
  {
    "follower" : {
      "accountId" : "700018959",
      "userLink" : "https://twitter.com/intent/user?user_id=700018959"
    }
  },
  {
    "follower" : {
      "accountId" : "700077381",
      "userLink" : "https://twitter.com/intent/user?user_id=700077381"
    }
  },
  {
    "follower" : {
      "accountId" : "700135915",
      "userLink" : "https://twitter.com/intent/user?user_id=700135915"
    }
  },
  {
    "follower" : {
      "accountId" : "700051103",
      "userLink" : "https://twitter.com/intent/user?user_id=700051103"
    }
  },
  {
    "follower" : {
      "accountId" : "700141046",
      "userLink" : "https://twitter.com/intent/user?user_id=700141046"
    }
  },
  {
    "follower" : {
      "accountId" : "700124372",
      "userLink" : "https://twitter.com/intent/user?user_id=700124372"
    }
  },
  {
    "follower" : {
      "accountId" : "700134578",
      "userLink" : "https://twitter.com/intent/user?user_id=700134578"
    }
  },
  {
    "follower" : {
      "accountId" : "700118604",
      "userLink" : "https://twitter.com/intent/user?user_id=700118604"
    }
  },
  {
    "follower" : {
      "accountId" : "700149285",
      "userLink" : "https://twitter.com/intent/user?user_id=700149285"
    }
  },
  {
    "follower" : {
      "accountId" : "700082568",
      "userLink" : "https://twitter.com/intent/user?user_id=700082568"
    }
  },
  {
    "follower" : {
      "accountId" : "700016250",
      "userLink" : "https://twitter.com/intent/user?user_id=700016250"
    }
  },
  {
    "follower" : {
      "accountId" : "700071319",
      "userLink" : "https://twitter.com/intent/user?user_id=700071319"
    }
  },
  {
    "follower" : {
      "accountId" : "700153576",
      "userLink" : "https://twitter.com/intent/user?user_id=700153576"
    }
  },
  {
    "follower" : {
      "accountId" : "700081371",
      "userLink" : "https://twitter.com/intent/user?user_id=700081371"
    }
  },
  {
    "follower" : {
      "accountId" : "700025147",
      "userLink" : "https://twitter.com/intent/user?user_id=700025147"
    }
  },
  {
    "follower" : {
      "accountId" : "700075862",
      "userLink" : "https://twitter.com/intent/user?user_id=700075862"
    }
  },
  {
    "follower" : {
      "accountId" : "700151833",
      "userLink" : "https://twitter.com/intent/user?user_id=700151833"
    }
  },
  {
    "follower" : {
      "accountId" : "700109112",
      "userLink" : "https://twitter.com/intent/user?user_id=700109112"
    }
  },
  {
    "follower" : {
      "accountId" : "700119808",
      "userLink" : "https://twitter.com/intent/user?user_id=700119808"
    }
  },
  {
    "follower" : {
      "accountId" : "700016642",
      "userLink" : "https://twitter.com/intent/user?user_id=700016642"
    }
  },
  {
    "follower" : {
      "accountId" : "700051670",
      "userLink" : "https://twitter.com/intent/user?user_id=700051670"
    }
  },
  {
    "follower" : {
      "accountId" : "700071991",
      "userLink" : "https://twitter.com/intent/user?user_id=700071991"
    }
  },
  {
    "follower" : {
      "accountId" : "700113347",
      "userLink" : "https://twitter.com/intent/user?user_id=700113347"
    }
  },
  {
    "follower" : {
      "accountId" : "700072439",
      "userLink" : "https://twitter.com/intent/user?user_id=700072439"
    }
  },
  {
    "follower" : {
      "accountId" : "700155725",
      "userLink" : "https://twitter.com/intent/user?user_id=700155725"
    }
  },
  {
    "follower" : {
      "accountId" : "700054323",
      "userLink" : "https://twitter.com/intent/user?user_id=700054323"
    }
  },
  {
    "follower" : {
      "accountId" : "700001361",
      "userLink" : "https://twitter.com/intent/user?user_id=700001361"
    }
  },
  {
    "follower" : {
      "accountId" : "700159736",
      "userLink" : "https://twitter.com/intent/user?user_id=700159736"
    }
  },
  {
    "follower" : {
      "accountId" : "700122853",
      "userLink" : "https://twitter.com/intent/user?user_id=700122853"
    }
  },
  {
    "follower" : {
      "accountId" : "700008417",
      "userLink" : "https://twitter.com/intent/user?user_id=700008417"
    }
  },
  {
    "follower" : {
      "accountId" : "700092725",
      "userLink" : "https://twitter.com/intent/user?user_id=700092725"
    }
  },
  {
    "follower" : {
      "accountId" : "700129839",
      "userLink" : "https://twitter.com/intent/user?user_id=700129839"
    }
  },
  {
    "follower" : {
      "accountId" : "700148459",
      "userLink" : "https://twitter.com/intent/user?user_id=700148459"
    }
  },
  {
    "follower" : {
      "accountId" : "700041107",
      "userLink" : "https://twitter.com/intent/user?user_id=700041107"
    }
  },
  {
    "follower" : {
      "accountId" : "700125177",
      "userLink" : "https://twitter.com/intent/user?user_id=700125177"
    }
  },
  {
    "follower" : {
      "accountId" : "700085130",
      "userLink" : "https://twitter.com/intent/user?user_id=700085130"
    }
  },
  {
    "follower" : {
      "accountId" : "700125121",
      "userLink" : "https://twitter.com/intent/user?user_id=700125121"
    }
  },
  {
    "follower" : {
      "accountId" : "700057123",
      "userLink" : "https://twitter.com/intent/user?user_id=700057123"
    }
  },
  {
    "follower" : {
      "accountId" : "700026505",
      "userLink" : "https://twitter.com/intent/user?user_id=700026505"
    }
  },
  {
    "follower" : {
      "accountId" : "700108349",
      "userLink" : "https://twitter.com/intent/user?user_id=700108349"
    }
  },
  {
    "follower" : {
      "accountId" : "700132366",
      "userLink" : "https://twitter.com/intent/user?user_id=700132366"
    }
  },
  {
    "follower" : {
      "accountId" : "700091773",
      "userLink" : "https://twitter.com/intent/user?user_id=700091773"
    }
  },
  {
    "follower" : {
      "accountId" : "700012708",
      "userLink" : "https://twitter.com/intent/user?user_id=700012708"
    }
  },
  {
    "follower" : {
      "accountId" : "700040645",
      "userLink" : "https://twitter.com/intent/user?user_id=700040645"
    }
  },
  {
    "follower" : {
      "accountId" : "700150713",
      "userLink" : "https://twitter.com/intent/user?user_id=700150713"
    }
  },
  {
    "follower" : {
      "accountId" : "700066510",
      "userLink" : "https://twitter.com/intent/user?user_id=700066510"
    }
  },
  {
    "follower" : {
      "accountId" : "700128166",
      "userLink" : "https://twitter.com/intent/user?user_id=700128166"
    }
  },
  {
    "follower" : {
      "accountId" : "700153072",
      "userLink" : "https://twitter.com/intent/user?user_id=700153072"
    }
  },
  {
    "follower" : {
      "accountId" : "700102420",
      "userLink" : "https://twitter.com/intent/user?user_id=700102420"
    }
  },
  {
    "follower" : {
      "accountId" : "700051068",
      "userLink" : "https://twitter.com/intent/user?user_id=700051068"
    }
  },
  {
    "follower" : {
      "accountId" : "700049388",
      "userLink" : "https://twitter.com/intent/user?user_id=700049388"
    }
  },
  {
    "follower" : {
      "accountId" : "700069240",
      "userLink" : "https://twitter.com/intent/user?user_id=700069240"
    }
  },
  {
    "follower" : {
      "accountId" : "700108412",
      "userLink" : "https://twitter.com/intent/user?user_id=700108412"
    }
  },
  {
    "follower" : {
      "accountId" : "700029221",
      "userLink" : "https://twitter.com/intent/user?user_id=700029221"
    }
  },
  {
    "follower" : {
      "accountId" : "700147549",
      "userLink" : "https://twitter.com/intent/user?user_id=700147549"
    }
  },
  {
    "follower" : {
      "accountId" : "700031713",
      "userLink" : "https://twitter.com/intent/user?user_id=700031713"
    }
  },
  {
    "follower" : {
      "accountId" : "700037187",
      "userLink" : "https://twitter.com/intent/user?user_id=700037187"
    }
  },
  {
    "follower" : {
      "accountId" : "700145253",
      "userLink" : "https://twitter.com/intent/user?user_id=700145253"
    }
  },
  {
    "follower" : {
      "accountId" : "700084171",
      "userLink" : "https://twitter.com/intent/user?user_id=700084171"
    }
  },
  {
    "follower" : {
      "accountId" : "700035486",
      "userLink" : "https://twitter.com/intent/user?user_id=700035486"
    }
  },
  {
    "follower" : {
      "accountId" : "700001627",
      "userLink" : "https://twitter.com/intent/user?user_id=700001627"
    }
  },
  {
    "follower" : {
      "accountId" : "700001529",
      "userLink" : "https://twitter.com/intent/user?user_id=700001529"
    }
  },
  {
    "follower" : {
      "accountId" : "700126451",
      "userLink" : "https://twitter.com/intent/user?user_id=700126451"
    }
  },
  {
    "follower" : {
      "accountId" : "700136118",
      "userLink" : "https://twitter.com/intent/user?user_id=700136118"
    }
  },
  {
    "follower" : {
      "accountId" : "700049143",
      "userLink" : "https://twitter.com/intent/user?user_id=700049143"
    }
  },
  {
    "follower" : {
      "accountId" : "700092389",
      "userLink" : "https://twitter.com/intent/user?user_id=700092389"
    }
  },
  {
    "follower" : {
      "accountId" : "700023999",
      "userLink" : "https://twitter.com/intent/user?user_id=700023999"
    }
  },
  {
    "follower" : {
      "accountId" : "700041625",
      "userLink" : "https://twitter.com/intent/user?user_id=700041625"
    }
  },
  {
    "follower" : {
      "accountId" : "700069933",
      "userLink" : "https://twitter.com/intent/user?user_id=700069933"
    }
  },
  {
    "follower" : {
      "accountId" : "700090142",
      "userLink" : "https://twitter.com/intent/user?user_id=700090142"
    }
  },
  {
    "follower" : {
      "accountId" : "700042521",
      "userLink" : "https://twitter.com/intent/user?user_id=700042521"
    }
  },
  {
    "follower" : {
      "accountId" : "700062296",
      "userLink" : "https://twitter.com/intent/user?user_id=700062296"
    }
  },
  {
    "follower" : {
      "accountId" : "700041072",
      "userLink" : "https://twitter.com/intent/user?user_id=700041072"
    }
  },
  {
    "follower" : {
      "accountId" : "700029823",
      "userLink" : "https://twitter.com/intent/user?user_id=700029823"
    }
  },
  {
    "follower" : {
      "accountId" : "700131015",
      "userLink" : "https://twitter.com/intent/user?user_id=700131015"
    }
  },
  {
    "follower" : {
      "accountId" : "700064130",
      "userLink" : "https://twitter.com/intent/user?user_id=700064130"
    }
  },
  {
    "follower" : {
      "accountId" : "700050011",
      "userLink" : "https://twitter.com/intent/user?user_id=700050011"
    }
  },
  {
    "follower" : {
      "accountId" : "700024293",
      "userLink" : "https://twitter.com/intent/user?user_id=700024293"
    }
  },
  {
    "follower" : {
      "accountId" : "700087496",
      "userLink" : "https://twitter.com/intent/user?user_id=700087496"
    }
  },
  {
    "follower" : {
      "accountId" : "700104387",
      "userLink" : "https://twitter.com/intent/user?user_id=700104387"
    }
  },
  {
    "follower" : {
      "accountId" : "700014535",
      "userLink" : "https://twitter.com/intent/user?user_id=700014535"
    }
  },
  {
    "follower" : {
      "accountId" : "700148235",
      "userLink" : "https://twitter.com/intent/user?user_id=700148235"
    }
  },
  {
    "follower" : {
      "accountId" : "700114775",
      "userLink" : "https://twitter.com/intent/user?user_id=700114775"
    }
  },
  {
    "follower" : {
      "accountId" : "700005435",
      "userLink" : "https://twitter.com/intent/user?user_id=700005435"
    }
  },
  {
    "follower" : {
      "accountId" : "700033904",
      "userLink" : "https://twitter.com/intent/user?user_id=700033904"
    }
  },
  {
    "follower" : {
      "accountId" : "700066825",
      "userLink" : "https://twitter.com/intent/user?user_id=700066825"
    }
  },
  {
    "follower" : {
      "accountId" : "700014892",
      "userLink" : "https://twitter.com/intent/user?user_id=700014892"
    }
  },
  {
    "follower" : {
      "accountId" : "700103561",
      "userLink" : "https://twitter.com/intent/user?user_id=700103561"
    }
  },
  {
    "follower" : {
      "accountId" : "700009250",
      "userLink" : "https://twitter.com/intent/user?user_id=700009250"
    }
  },
  {
    "follower" : {
      "accountId" : "700064802",
      "userLink" : "https://twitter.com/intent/user?user_id=700064802"
    }
  },
  {
    "follower" : {
      "accountId" : "700076135",
      "userLink" : "https://twitter.com/intent/user?user_id=700076135"
    }
  },
  {
    "follower" : {
      "accountId" : "700072719",
      "userLink" : "https://twitter.com/intent/user?user_id=700072719"
    }
  },
  {
    "follower" : {
      "accountId" : "700093810",
      "userLink" : "https://twitter.com/intent/user?user_id=700093810"
    }
  },
  {
    "follower" : {
      "accountId" : "700040288",
      "userLink" : "https://twitter.com/intent/user?user_id=700040288"
    }
  },
  {
    "follower" : {
      "accountId" : "700146541",
      "userLink" : "https://twitter.com/intent/user?user_id=700146541"
    }
  },
  {
    "follower" : {
      "accountId" : "700114089",
      "userLink" : "https://twitter.com/intent/user?user_id=700114089"
    }
  },
  {
    "follower" : {
      "accountId" : "700124540",
      "userLink" : "https://twitter.com/intent/user?user_id=700124540"
    }
  },
  {
    "follower" : {
      "accountId" : "700017419",
      "userLink" : "https://twitter.com/intent/user?user_id=700017419"
    }
  },
  {
    "follower" : {
      "accountId" : "700133402",
      "userLink" : "https://twitter.com/intent/user?user_id=700133402"
    }
  },
  {
    "follower" : {
      "accountId" : "700126752",
      "userLink" : "https://twitter.com/intent/user?user_id=700126752"
    }
  },
  {
    "follower" : {
      "accountId" : "700076149",
      "userLink" : "https://twitter.com/intent/user?user_id=700076149"
    }
  },
  {
    "follower" : {
      "accountId" : "700121376",
      "userLink" : "https://twitter.com/intent/user?user_id=700121376"
    }
  },
  {
    "follower" : {
      "accountId" : "700054771",
      "userLink" : "https://twitter.com/intent/user?user_id=700054771"
    }
  },
  {
    "follower" : {
      "accountId" : "700146891",
      "userLink" : "https://twitter.com/intent/user?user_id=700146891"
    }
  },
  {
    "follower" : {
      "accountId" : "700084962",
      "userLink" : "https://twitter.com/intent/user?user_id=700084962"
    }
  },
  {
    "follower" : {
      "accountId" : "700067462",
      "userLink" : "https://twitter.com/intent/user?user_id=700067462"
    }
  },
  {
    "follower" : {
      "accountId" : "700006723",
      "userLink" : "https://twitter.com/intent/user?user_id=700006723"
    }
  }
]
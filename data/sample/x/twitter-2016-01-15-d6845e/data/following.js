window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "700160513",
      "userLink" : "https://twitter.com/intent/user?user_id=700160513"
    }
  },
  {
    "following" : {
      "accountId" : "700062856",
      "userLink" : "https://twitter.com/intent/user?user_id=700062856"
    }
  },
  {
    "following" : {
      "accountId" : "700011700",
      "userLink" : "https://twitter.com/intent/user?user_id=700011700"
    }
  },
  {
    "following" : {
      "accountId" : "700006947",
      "userLink" : "https://twitter.com/intent/user?user_id=700006947"
    }
  },
  {
    "following" : {
      "accountId" : "700029256",
      "userLink" : "https://twitter.com/intent/user?user_id=700029256"
    }
  },
  {
    "following" : {
      "accountId" : "700033666",
      "userLink" : "https://twitter.com/intent/user?user_id=700033666"
    }
  },
  {
    "following" : {
      "accountId" : "700162872",
      "userLink" : "https://twitter.com/intent/user?user_id=700162872"
    }
  },
  {
    "following" : {
      "accountId" : "700158721",
      "userLink" : "https://twitter.com/intent/user?user_id=700158721"
    }
  },
  {
    "following" : {
      "accountId" : "700047309",
      "userLink" : "https://twitter.com/intent/user?user_id=700047309"
    }
  },
  {
    "following" : {
      "accountId" : "700158539",
      "userLink" : "https://twitter.com/intent/user?user_id=700158539"
    }
  },
  {
    "following" : {
      "accountId" : "700093817",
      "userLink" : "https://twitter.com/intent/user?user_id=700093817"
    }
  },
  {
    "following" : {
      "accountId" : "700039000",
      "userLink" : "https://twitter.com/intent/user?user_id=700039000"
    }
  },
  {
    "following" : {
      "accountId" : "700141725",
      "userLink" : "https://twitter.com/intent/user?user_id=700141725"
    }
  },
  {
    "following" : {
      "accountId" : "700037124",
      "userLink" : "https://twitter.com/intent/user?user_id=700037124"
    }
  },
  {
    "following" : {
      "accountId" : "700150699",
      "userLink" : "https://twitter.com/intent/user?user_id=700150699"
    }
  },
  {
    "following" : {
      "accountId" : "700005589",
      "userLink" : "https://twitter.com/intent/user?user_id=700005589"
    }
  },
  {
    "following" : {
      "accountId" : "700154563",
      "userLink" : "https://twitter.com/intent/user?user_id=700154563"
    }
  },
  {
    "following" : {
      "accountId" : "700120683",
      "userLink" : "https://twitter.com/intent/user?user_id=700120683"
    }
  },
  {
    "following" : {
      "accountId" : "700028395",
      "userLink" : "https://twitter.com/intent/user?user_id=700028395"
    }
  },
  {
    "following" : {
      "accountId" : "700145589",
      "userLink" : "https://twitter.com/intent/user?user_id=700145589"
    }
  },
  {
    "following" : {
      "accountId" : "700113949",
      "userLink" : "https://twitter.com/intent/user?user_id=700113949"
    }
  },
  {
    "following" : {
      "accountId" : "700122839",
      "userLink" : "https://twitter.com/intent/user?user_id=700122839"
    }
  },
  {
    "following" : {
      "accountId" : "700096267",
      "userLink" : "https://twitter.com/intent/user?user_id=700096267"
    }
  },
  {
    "following" : {
      "accountId" : "700131155",
      "userLink" : "https://twitter.com/intent/user?user_id=700131155"
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
      "accountId" : "700041590",
      "userLink" : "https://twitter.com/intent/user?user_id=700041590"
    }
  },
  {
    "following" : {
      "accountId" : "700031419",
      "userLink" : "https://twitter.com/intent/user?user_id=700031419"
    }
  },
  {
    "following" : {
      "accountId" : "700051495",
      "userLink" : "https://twitter.com/intent/user?user_id=700051495"
    }
  },
  {
    "following" : {
      "accountId" : "700128334",
      "userLink" : "https://twitter.com/intent/user?user_id=700128334"
    }
  },
  {
    "following" : {
      "accountId" : "700060091",
      "userLink" : "https://twitter.com/intent/user?user_id=700060091"
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
      "accountId" : "700078767",
      "userLink" : "https://twitter.com/intent/user?user_id=700078767"
    }
  },
  {
    "following" : {
      "accountId" : "700117631",
      "userLink" : "https://twitter.com/intent/user?user_id=700117631"
    }
  },
  {
    "following" : {
      "accountId" : "700043312",
      "userLink" : "https://twitter.com/intent/user?user_id=700043312"
    }
  },
  {
    "following" : {
      "accountId" : "700119150",
      "userLink" : "https://twitter.com/intent/user?user_id=700119150"
    }
  },
  {
    "following" : {
      "accountId" : "700063248",
      "userLink" : "https://twitter.com/intent/user?user_id=700063248"
    }
  },
  {
    "following" : {
      "accountId" : "700044635",
      "userLink" : "https://twitter.com/intent/user?user_id=700044635"
    }
  },
  {
    "following" : {
      "accountId" : "700157188",
      "userLink" : "https://twitter.com/intent/user?user_id=700157188"
    }
  },
  {
    "following" : {
      "accountId" : "700051817",
      "userLink" : "https://twitter.com/intent/user?user_id=700051817"
    }
  },
  {
    "following" : {
      "accountId" : "700133822",
      "userLink" : "https://twitter.com/intent/user?user_id=700133822"
    }
  },
  {
    "following" : {
      "accountId" : "700027863",
      "userLink" : "https://twitter.com/intent/user?user_id=700027863"
    }
  },
  {
    "following" : {
      "accountId" : "700110505",
      "userLink" : "https://twitter.com/intent/user?user_id=700110505"
    }
  },
  {
    "following" : {
      "accountId" : "700023397",
      "userLink" : "https://twitter.com/intent/user?user_id=700023397"
    }
  },
  {
    "following" : {
      "accountId" : "700100663",
      "userLink" : "https://twitter.com/intent/user?user_id=700100663"
    }
  },
  {
    "following" : {
      "accountId" : "700001739",
      "userLink" : "https://twitter.com/intent/user?user_id=700001739"
    }
  },
  {
    "following" : {
      "accountId" : "700022921",
      "userLink" : "https://twitter.com/intent/user?user_id=700022921"
    }
  },
  {
    "following" : {
      "accountId" : "700019995",
      "userLink" : "https://twitter.com/intent/user?user_id=700019995"
    }
  },
  {
    "following" : {
      "accountId" : "700042836",
      "userLink" : "https://twitter.com/intent/user?user_id=700042836"
    }
  },
  {
    "following" : {
      "accountId" : "700035472",
      "userLink" : "https://twitter.com/intent/user?user_id=700035472"
    }
  },
  {
    "following" : {
      "accountId" : "700063633",
      "userLink" : "https://twitter.com/intent/user?user_id=700063633"
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
      "accountId" : "700003608",
      "userLink" : "https://twitter.com/intent/user?user_id=700003608"
    }
  },
  {
    "following" : {
      "accountId" : "700111870",
      "userLink" : "https://twitter.com/intent/user?user_id=700111870"
    }
  },
  {
    "following" : {
      "accountId" : "700028556",
      "userLink" : "https://twitter.com/intent/user?user_id=700028556"
    }
  },
  {
    "following" : {
      "accountId" : "700083044",
      "userLink" : "https://twitter.com/intent/user?user_id=700083044"
    }
  },
  {
    "following" : {
      "accountId" : "700108125",
      "userLink" : "https://twitter.com/intent/user?user_id=700108125"
    }
  },
  {
    "following" : {
      "accountId" : "700066174",
      "userLink" : "https://twitter.com/intent/user?user_id=700066174"
    }
  },
  {
    "following" : {
      "accountId" : "700038279",
      "userLink" : "https://twitter.com/intent/user?user_id=700038279"
    }
  },
  {
    "following" : {
      "accountId" : "700155424",
      "userLink" : "https://twitter.com/intent/user?user_id=700155424"
    }
  },
  {
    "following" : {
      "accountId" : "700046532",
      "userLink" : "https://twitter.com/intent/user?user_id=700046532"
    }
  },
  {
    "following" : {
      "accountId" : "700070857",
      "userLink" : "https://twitter.com/intent/user?user_id=700070857"
    }
  },
  {
    "following" : {
      "accountId" : "700082463",
      "userLink" : "https://twitter.com/intent/user?user_id=700082463"
    }
  },
  {
    "following" : {
      "accountId" : "700071998",
      "userLink" : "https://twitter.com/intent/user?user_id=700071998"
    }
  },
  {
    "following" : {
      "accountId" : "700157846",
      "userLink" : "https://twitter.com/intent/user?user_id=700157846"
    }
  },
  {
    "following" : {
      "accountId" : "700073776",
      "userLink" : "https://twitter.com/intent/user?user_id=700073776"
    }
  },
  {
    "following" : {
      "accountId" : "700139814",
      "userLink" : "https://twitter.com/intent/user?user_id=700139814"
    }
  },
  {
    "following" : {
      "accountId" : "700063864",
      "userLink" : "https://twitter.com/intent/user?user_id=700063864"
    }
  },
  {
    "following" : {
      "accountId" : "700067245",
      "userLink" : "https://twitter.com/intent/user?user_id=700067245"
    }
  },
  {
    "following" : {
      "accountId" : "700154402",
      "userLink" : "https://twitter.com/intent/user?user_id=700154402"
    }
  },
  {
    "following" : {
      "accountId" : "700150713",
      "userLink" : "https://twitter.com/intent/user?user_id=700150713"
    }
  },
  {
    "following" : {
      "accountId" : "700004280",
      "userLink" : "https://twitter.com/intent/user?user_id=700004280"
    }
  },
  {
    "following" : {
      "accountId" : "700102014",
      "userLink" : "https://twitter.com/intent/user?user_id=700102014"
    }
  },
  {
    "following" : {
      "accountId" : "700146548",
      "userLink" : "https://twitter.com/intent/user?user_id=700146548"
    }
  },
  {
    "following" : {
      "accountId" : "700065915",
      "userLink" : "https://twitter.com/intent/user?user_id=700065915"
    }
  },
  {
    "following" : {
      "accountId" : "700149096",
      "userLink" : "https://twitter.com/intent/user?user_id=700149096"
    }
  },
  {
    "following" : {
      "accountId" : "700012771",
      "userLink" : "https://twitter.com/intent/user?user_id=700012771"
    }
  },
  {
    "following" : {
      "accountId" : "700094846",
      "userLink" : "https://twitter.com/intent/user?user_id=700094846"
    }
  },
  {
    "following" : {
      "accountId" : "700161073",
      "userLink" : "https://twitter.com/intent/user?user_id=700161073"
    }
  },
  {
    "following" : {
      "accountId" : "700163418",
      "userLink" : "https://twitter.com/intent/user?user_id=700163418"
    }
  },
  {
    "following" : {
      "accountId" : "700050060",
      "userLink" : "https://twitter.com/intent/user?user_id=700050060"
    }
  },
  {
    "following" : {
      "accountId" : "700095700",
      "userLink" : "https://twitter.com/intent/user?user_id=700095700"
    }
  },
  {
    "following" : {
      "accountId" : "700048303",
      "userLink" : "https://twitter.com/intent/user?user_id=700048303"
    }
  },
  {
    "following" : {
      "accountId" : "700088679",
      "userLink" : "https://twitter.com/intent/user?user_id=700088679"
    }
  },
  {
    "following" : {
      "accountId" : "700159890",
      "userLink" : "https://twitter.com/intent/user?user_id=700159890"
    }
  },
  {
    "following" : {
      "accountId" : "700116602",
      "userLink" : "https://twitter.com/intent/user?user_id=700116602"
    }
  },
  {
    "following" : {
      "accountId" : "700007612",
      "userLink" : "https://twitter.com/intent/user?user_id=700007612"
    }
  },
  {
    "following" : {
      "accountId" : "700108734",
      "userLink" : "https://twitter.com/intent/user?user_id=700108734"
    }
  },
  {
    "following" : {
      "accountId" : "700053098",
      "userLink" : "https://twitter.com/intent/user?user_id=700053098"
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
      "accountId" : "700089155",
      "userLink" : "https://twitter.com/intent/user?user_id=700089155"
    }
  },
  {
    "following" : {
      "accountId" : "700065019",
      "userLink" : "https://twitter.com/intent/user?user_id=700065019"
    }
  },
  {
    "following" : {
      "accountId" : "700071627",
      "userLink" : "https://twitter.com/intent/user?user_id=700071627"
    }
  },
  {
    "following" : {
      "accountId" : "700119801",
      "userLink" : "https://twitter.com/intent/user?user_id=700119801"
    }
  },
  {
    "following" : {
      "accountId" : "700066461",
      "userLink" : "https://twitter.com/intent/user?user_id=700066461"
    }
  },
  {
    "following" : {
      "accountId" : "700058789",
      "userLink" : "https://twitter.com/intent/user?user_id=700058789"
    }
  },
  {
    "following" : {
      "accountId" : "700060735",
      "userLink" : "https://twitter.com/intent/user?user_id=700060735"
    }
  },
  {
    "following" : {
      "accountId" : "700152526",
      "userLink" : "https://twitter.com/intent/user?user_id=700152526"
    }
  },
  {
    "following" : {
      "accountId" : "700128831",
      "userLink" : "https://twitter.com/intent/user?user_id=700128831"
    }
  },
  {
    "following" : {
      "accountId" : "700040463",
      "userLink" : "https://twitter.com/intent/user?user_id=700040463"
    }
  },
  {
    "following" : {
      "accountId" : "700017286",
      "userLink" : "https://twitter.com/intent/user?user_id=700017286"
    }
  },
  {
    "following" : {
      "accountId" : "700028206",
      "userLink" : "https://twitter.com/intent/user?user_id=700028206"
    }
  },
  {
    "following" : {
      "accountId" : "700144434",
      "userLink" : "https://twitter.com/intent/user?user_id=700144434"
    }
  },
  {
    "following" : {
      "accountId" : "700098934",
      "userLink" : "https://twitter.com/intent/user?user_id=700098934"
    }
  },
  {
    "following" : {
      "accountId" : "700065285",
      "userLink" : "https://twitter.com/intent/user?user_id=700065285"
    }
  },
  {
    "following" : {
      "accountId" : "700073699",
      "userLink" : "https://twitter.com/intent/user?user_id=700073699"
    }
  },
  {
    "following" : {
      "accountId" : "700161913",
      "userLink" : "https://twitter.com/intent/user?user_id=700161913"
    }
  },
  {
    "following" : {
      "accountId" : "700086327",
      "userLink" : "https://twitter.com/intent/user?user_id=700086327"
    }
  },
  {
    "following" : {
      "accountId" : "700011609",
      "userLink" : "https://twitter.com/intent/user?user_id=700011609"
    }
  },
  {
    "following" : {
      "accountId" : "700058278",
      "userLink" : "https://twitter.com/intent/user?user_id=700058278"
    }
  },
  {
    "following" : {
      "accountId" : "700110225",
      "userLink" : "https://twitter.com/intent/user?user_id=700110225"
    }
  },
  {
    "following" : {
      "accountId" : "700145659",
      "userLink" : "https://twitter.com/intent/user?user_id=700145659"
    }
  },
  {
    "following" : {
      "accountId" : "700063794",
      "userLink" : "https://twitter.com/intent/user?user_id=700063794"
    }
  },
  {
    "following" : {
      "accountId" : "700138183",
      "userLink" : "https://twitter.com/intent/user?user_id=700138183"
    }
  },
  {
    "following" : {
      "accountId" : "700076401",
      "userLink" : "https://twitter.com/intent/user?user_id=700076401"
    }
  },
  {
    "following" : {
      "accountId" : "700033323",
      "userLink" : "https://twitter.com/intent/user?user_id=700033323"
    }
  },
  {
    "following" : {
      "accountId" : "700070577",
      "userLink" : "https://twitter.com/intent/user?user_id=700070577"
    }
  },
  {
    "following" : {
      "accountId" : "700099074",
      "userLink" : "https://twitter.com/intent/user?user_id=700099074"
    }
  },
  {
    "following" : {
      "accountId" : "700131267",
      "userLink" : "https://twitter.com/intent/user?user_id=700131267"
    }
  },
  {
    "following" : {
      "accountId" : "700073447",
      "userLink" : "https://twitter.com/intent/user?user_id=700073447"
    }
  },
  {
    "following" : {
      "accountId" : "700073755",
      "userLink" : "https://twitter.com/intent/user?user_id=700073755"
    }
  },
  {
    "following" : {
      "accountId" : "700066706",
      "userLink" : "https://twitter.com/intent/user?user_id=700066706"
    }
  },
  {
    "following" : {
      "accountId" : "700018392",
      "userLink" : "https://twitter.com/intent/user?user_id=700018392"
    }
  },
  {
    "following" : {
      "accountId" : "700066314",
      "userLink" : "https://twitter.com/intent/user?user_id=700066314"
    }
  },
  {
    "following" : {
      "accountId" : "700139828",
      "userLink" : "https://twitter.com/intent/user?user_id=700139828"
    }
  },
  {
    "following" : {
      "accountId" : "700073076",
      "userLink" : "https://twitter.com/intent/user?user_id=700073076"
    }
  },
  {
    "following" : {
      "accountId" : "700101671",
      "userLink" : "https://twitter.com/intent/user?user_id=700101671"
    }
  },
  {
    "following" : {
      "accountId" : "700073251",
      "userLink" : "https://twitter.com/intent/user?user_id=700073251"
    }
  },
  {
    "following" : {
      "accountId" : "700075106",
      "userLink" : "https://twitter.com/intent/user?user_id=700075106"
    }
  },
  {
    "following" : {
      "accountId" : "700036004",
      "userLink" : "https://twitter.com/intent/user?user_id=700036004"
    }
  },
  {
    "following" : {
      "accountId" : "700055037",
      "userLink" : "https://twitter.com/intent/user?user_id=700055037"
    }
  },
  {
    "following" : {
      "accountId" : "700070780",
      "userLink" : "https://twitter.com/intent/user?user_id=700070780"
    }
  },
  {
    "following" : {
      "accountId" : "700053602",
      "userLink" : "https://twitter.com/intent/user?user_id=700053602"
    }
  },
  {
    "following" : {
      "accountId" : "700111184",
      "userLink" : "https://twitter.com/intent/user?user_id=700111184"
    }
  },
  {
    "following" : {
      "accountId" : "700153562",
      "userLink" : "https://twitter.com/intent/user?user_id=700153562"
    }
  },
  {
    "following" : {
      "accountId" : "700030334",
      "userLink" : "https://twitter.com/intent/user?user_id=700030334"
    }
  },
  {
    "following" : {
      "accountId" : "700115587",
      "userLink" : "https://twitter.com/intent/user?user_id=700115587"
    }
  },
  {
    "following" : {
      "accountId" : "700049031",
      "userLink" : "https://twitter.com/intent/user?user_id=700049031"
    }
  },
  {
    "following" : {
      "accountId" : "700156999",
      "userLink" : "https://twitter.com/intent/user?user_id=700156999"
    }
  },
  {
    "following" : {
      "accountId" : "700056276",
      "userLink" : "https://twitter.com/intent/user?user_id=700056276"
    }
  },
  {
    "following" : {
      "accountId" : "700074385",
      "userLink" : "https://twitter.com/intent/user?user_id=700074385"
    }
  },
  {
    "following" : {
      "accountId" : "700018511",
      "userLink" : "https://twitter.com/intent/user?user_id=700018511"
    }
  },
  {
    "following" : {
      "accountId" : "700011623",
      "userLink" : "https://twitter.com/intent/user?user_id=700011623"
    }
  },
  {
    "following" : {
      "accountId" : "700027912",
      "userLink" : "https://twitter.com/intent/user?user_id=700027912"
    }
  },
  {
    "following" : {
      "accountId" : "700017468",
      "userLink" : "https://twitter.com/intent/user?user_id=700017468"
    }
  },
  {
    "following" : {
      "accountId" : "700160499",
      "userLink" : "https://twitter.com/intent/user?user_id=700160499"
    }
  },
  {
    "following" : {
      "accountId" : "700084269",
      "userLink" : "https://twitter.com/intent/user?user_id=700084269"
    }
  },
  {
    "following" : {
      "accountId" : "700138379",
      "userLink" : "https://twitter.com/intent/user?user_id=700138379"
    }
  },
  {
    "following" : {
      "accountId" : "700095308",
      "userLink" : "https://twitter.com/intent/user?user_id=700095308"
    }
  },
  {
    "following" : {
      "accountId" : "700107628",
      "userLink" : "https://twitter.com/intent/user?user_id=700107628"
    }
  },
  {
    "following" : {
      "accountId" : "700149936",
      "userLink" : "https://twitter.com/intent/user?user_id=700149936"
    }
  },
  {
    "following" : {
      "accountId" : "700074756",
      "userLink" : "https://twitter.com/intent/user?user_id=700074756"
    }
  },
  {
    "following" : {
      "accountId" : "700074721",
      "userLink" : "https://twitter.com/intent/user?user_id=700074721"
    }
  },
  {
    "following" : {
      "accountId" : "700024853",
      "userLink" : "https://twitter.com/intent/user?user_id=700024853"
    }
  },
  {
    "following" : {
      "accountId" : "700088168",
      "userLink" : "https://twitter.com/intent/user?user_id=700088168"
    }
  },
  {
    "following" : {
      "accountId" : "700007892",
      "userLink" : "https://twitter.com/intent/user?user_id=700007892"
    }
  },
  {
    "following" : {
      "accountId" : "700145470",
      "userLink" : "https://twitter.com/intent/user?user_id=700145470"
    }
  },
  {
    "following" : {
      "accountId" : "700102161",
      "userLink" : "https://twitter.com/intent/user?user_id=700102161"
    }
  },
  {
    "following" : {
      "accountId" : "700023922",
      "userLink" : "https://twitter.com/intent/user?user_id=700023922"
    }
  },
  {
    "following" : {
      "accountId" : "700063500",
      "userLink" : "https://twitter.com/intent/user?user_id=700063500"
    }
  },
  {
    "following" : {
      "accountId" : "700127053",
      "userLink" : "https://twitter.com/intent/user?user_id=700127053"
    }
  },
  {
    "following" : {
      "accountId" : "700029025",
      "userLink" : "https://twitter.com/intent/user?user_id=700029025"
    }
  },
  {
    "following" : {
      "accountId" : "700160709",
      "userLink" : "https://twitter.com/intent/user?user_id=700160709"
    }
  },
  {
    "following" : {
      "accountId" : "700160975",
      "userLink" : "https://twitter.com/intent/user?user_id=700160975"
    }
  },
  {
    "following" : {
      "accountId" : "700027499",
      "userLink" : "https://twitter.com/intent/user?user_id=700027499"
    }
  },
  {
    "following" : {
      "accountId" : "700120074",
      "userLink" : "https://twitter.com/intent/user?user_id=700120074"
    }
  },
  {
    "following" : {
      "accountId" : "700098794",
      "userLink" : "https://twitter.com/intent/user?user_id=700098794"
    }
  },
  {
    "following" : {
      "accountId" : "700069996",
      "userLink" : "https://twitter.com/intent/user?user_id=700069996"
    }
  },
  {
    "following" : {
      "accountId" : "700034093",
      "userLink" : "https://twitter.com/intent/user?user_id=700034093"
    }
  },
  {
    "following" : {
      "accountId" : "700069114",
      "userLink" : "https://twitter.com/intent/user?user_id=700069114"
    }
  },
  {
    "following" : {
      "accountId" : "700049514",
      "userLink" : "https://twitter.com/intent/user?user_id=700049514"
    }
  },
  {
    "following" : {
      "accountId" : "700119248",
      "userLink" : "https://twitter.com/intent/user?user_id=700119248"
    }
  },
  {
    "following" : {
      "accountId" : "700023761",
      "userLink" : "https://twitter.com/intent/user?user_id=700023761"
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
      "accountId" : "700077668",
      "userLink" : "https://twitter.com/intent/user?user_id=700077668"
    }
  },
  {
    "following" : {
      "accountId" : "700031328",
      "userLink" : "https://twitter.com/intent/user?user_id=700031328"
    }
  },
  {
    "following" : {
      "accountId" : "700109007",
      "userLink" : "https://twitter.com/intent/user?user_id=700109007"
    }
  },
  {
    "following" : {
      "accountId" : "700041604",
      "userLink" : "https://twitter.com/intent/user?user_id=700041604"
    }
  },
  {
    "following" : {
      "accountId" : "700158210",
      "userLink" : "https://twitter.com/intent/user?user_id=700158210"
    }
  },
  {
    "following" : {
      "accountId" : "700113263",
      "userLink" : "https://twitter.com/intent/user?user_id=700113263"
    }
  },
  {
    "following" : {
      "accountId" : "700033358",
      "userLink" : "https://twitter.com/intent/user?user_id=700033358"
    }
  },
  {
    "following" : {
      "accountId" : "700133185",
      "userLink" : "https://twitter.com/intent/user?user_id=700133185"
    }
  },
  {
    "following" : {
      "accountId" : "700048254",
      "userLink" : "https://twitter.com/intent/user?user_id=700048254"
    }
  },
  {
    "following" : {
      "accountId" : "700141998",
      "userLink" : "https://twitter.com/intent/user?user_id=700141998"
    }
  },
  {
    "following" : {
      "accountId" : "700020933",
      "userLink" : "https://twitter.com/intent/user?user_id=700020933"
    }
  },
  {
    "following" : {
      "accountId" : "700001207",
      "userLink" : "https://twitter.com/intent/user?user_id=700001207"
    }
  },
  {
    "following" : {
      "accountId" : "700028633",
      "userLink" : "https://twitter.com/intent/user?user_id=700028633"
    }
  },
  {
    "following" : {
      "accountId" : "700127732",
      "userLink" : "https://twitter.com/intent/user?user_id=700127732"
    }
  },
  {
    "following" : {
      "accountId" : "700114411",
      "userLink" : "https://twitter.com/intent/user?user_id=700114411"
    }
  },
  {
    "following" : {
      "accountId" : "700089302",
      "userLink" : "https://twitter.com/intent/user?user_id=700089302"
    }
  },
  {
    "following" : {
      "accountId" : "700045041",
      "userLink" : "https://twitter.com/intent/user?user_id=700045041"
    }
  },
  {
    "following" : {
      "accountId" : "700003475",
      "userLink" : "https://twitter.com/intent/user?user_id=700003475"
    }
  },
  {
    "following" : {
      "accountId" : "700109238",
      "userLink" : "https://twitter.com/intent/user?user_id=700109238"
    }
  },
  {
    "following" : {
      "accountId" : "700130721",
      "userLink" : "https://twitter.com/intent/user?user_id=700130721"
    }
  },
  {
    "following" : {
      "accountId" : "700020457",
      "userLink" : "https://twitter.com/intent/user?user_id=700020457"
    }
  }
]